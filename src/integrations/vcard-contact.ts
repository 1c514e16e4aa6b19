// One card's properties as the ImportedContact every importer produces.
import type { ImportedContact } from "./imported.js";
import { coffeechatFields } from "./vcard-coffeechat.js";
import { groupLabels, labelOf } from "./vcard-labels.js";
import { cardLinks } from "./vcard-links.js";
import { cardName } from "./vcard-names.js";
import { hasType, paramValue, type VCardProperty } from "./vcard-property.js";
import type { VCardVersion } from "./vcard-unfold.js";
import { propertyText, splitEscaped, structuredValue, textValue, unescapeText } from "./vcard-value.js";

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
  const text = (name: string) =>
    named(name)
      .map((property) => textValue(property, version))
      .filter((value) => value !== "");
  const title = distinct([...text("TITLE"), ...text("ROLE")]).join(", ");
  const address = named("ADR")[0];
  const ours = coffeechatFields(properties, version);
  const birthday = text("BDAY")[0];
  const written = text("NOTE");
  // Our exports before X-COFFEECHAT-NEEDS put the needs after the notes: taken back apart.
  const olderOwn = text("PRODID").some((id) => /coffeechat/i.test(id)) && !ours.needs;
  const needsAt = olderOwn ? (written[0]?.lastIndexOf(NEEDS_HEADING) ?? -1) : -1;
  if (needsAt >= 0) {
    ours.needs = (written[0] as string).slice(needsAt + NEEDS_HEADING.length).trim();
    written[0] = (written[0] as string).slice(0, needsAt).trim();
  }
  const notes = [
    ...written.filter(Boolean),
    ...(department ? [`Department: ${department}`] : []),
    ...(birthday ? [`Birthday: ${birthday}`] : []),
    ...links.others.map((link) => `Web: ${link}`),
  ];
  return {
    line: card.line,
    ...cardName(properties, version),
    emails: distinct(named("EMAIL").map((property) => textValue(property, version).replace(/^mailto:/i, ""))),
    phones: distinct(named("TEL").map((property) => textValue(property, version).replace(/^tel:/i, ""))),
    linkedinUrl: links.linkedinUrl,
    organization: organization || null,
    title: title || null,
    location: address ? addressLocation(structuredValue(address, version)) : null,
    notes: notes.join("\n\n"),
    tags: distinct(named("CATEGORIES").flatMap((property) => categories(property, version))),
    timeZone: ours.timeZone,
    needs: ours.needs,
    sourceDetail: ours.sourceDetail,
    relationshipStrength: ours.relationshipStrength,
    stayInTouchDays: ours.stayInTouchDays,
    contactId: ours.contactId,
    extra: ours.extra,
    connectedOn: null,
    source: ours.source,
    dropped: distinct([
      ...(named("PHOTO").length > 0 ? ["a photo"] : []),
      ...relatedNames(properties, version, labels),
    ]),
  };
}

const NEEDS_HEADING = "How I can help: ";

/** CATEGORIES:Work,Chess club (commas escaped inside a name stay in it). */
function categories(property: VCardProperty, version: VCardVersion): string[] {
  return splitEscaped(propertyText(property), ",")
    .map((part) => unescapeText(part, version).trim())
    .filter(Boolean);
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
