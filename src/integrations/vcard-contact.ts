// One card's properties as the ImportedContact every importer produces.
import type { ImportedContact } from "./imported.js";
import { groupLabels, labelOf } from "./vcard-labels.js";
import { cardLinks } from "./vcard-links.js";
import { cardName } from "./vcard-names.js";
import { hasType, paramValue, type VCardProperty } from "./vcard-property.js";
import type { VCardVersion } from "./vcard-unfold.js";
import { structuredValue, textValue } from "./vcard-value.js";

export interface ParsedCard {
  /** 1-based line of BEGIN:VCARD. */
  line: number;
  version: VCardVersion;
  properties: VCardProperty[];
}

export function importedContactFromCard(card: ParsedCard): ImportedContact {
  const { properties, version } = card;
  const named = (name: string) => preferredFirst(properties.filter((property) => property.name === name));
  const labels = groupLabels(properties, version);
  const links = cardLinks(properties, version, labels);
  const org = named("ORG")[0];
  const [organization = "", department = ""] = org ? structuredValue(org, version) : [];
  const title = named("TITLE")[0];
  const address = named("ADR")[0];
  return {
    line: card.line,
    ...cardName(properties, version),
    emails: distinct(named("EMAIL").map((property) => textValue(property, version).replace(/^mailto:/i, ""))),
    phones: distinct(named("TEL").map((property) => textValue(property, version).replace(/^tel:/i, ""))),
    linkedinUrl: links.linkedinUrl,
    organization: organization || null,
    title: (title && textValue(title, version)) || null,
    location: address ? addressLocation(structuredValue(address, version)) : null,
    notes: named("NOTE")
      .map((property) => textValue(property, version))
      .filter((note) => note !== "")
      .join("\n\n"),
    connectedOn: null,
    source: null,
    dropped: distinct([
      ...(named("PHOTO").length > 0 ? ["a photo"] : []),
      ...(named("BDAY").length > 0 ? ["a birthday"] : []),
      ...(department ? [`the department (${department})`] : []),
      ...links.dropped,
      ...relatedNames(properties, version, labels),
    ]),
  };
}

/** ADR is pobox;extended;street;locality;region;code;country: the town, else the region, else the country. */
function addressLocation(components: readonly string[]): string | null {
  return components[3] || components[4] || components[6] || null;
}

/** Apple's X-ABRELATEDNAMES and 4.0's RELATED, in words: "a related name (Spouse: Bob)". */
function relatedNames(
  properties: readonly VCardProperty[],
  version: VCardVersion,
  labels: ReadonlyMap<string, string>,
): string[] {
  return properties
    .filter((property) => property.name === "X-ABRELATEDNAMES" || property.name === "RELATED")
    .map((property) => {
      const label = labelOf(property, labels) ?? property.params.get("TYPE")?.[0];
      const name = textValue(property, version);
      return `a related name (${label ? `${label}: ${name}` : name})`;
    });
}

/** Preferred values first (TYPE=pref in 2.1 and 3.0, PREF=1 in 4.0), the file's order otherwise. */
function preferredFirst(properties: VCardProperty[]): VCardProperty[] {
  const preferred = (property: VCardProperty) =>
    hasType(property, "pref") || paramValue(property, "PREF") !== null;
  return [...properties.filter(preferred), ...properties.filter((property) => !preferred(property))];
}

/** Non-empty values once each, compared without case. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (value === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
