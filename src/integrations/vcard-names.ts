// A card's person name: first and last from N, else split from FN.
import type { VCardProperty } from "./vcard-property.js";
import type { VCardVersion } from "./vcard-unfold.js";
import { structuredValue, textValue } from "./vcard-value.js";

export interface PersonName {
  firstName: string;
  lastName: string;
}

/** N's given and family names; when N is missing or empty, FN split ("Ada Lovelace", "Lovelace, Ada"). */
export function cardName(properties: readonly VCardProperty[], version: VCardVersion): PersonName {
  const n = properties.find((property) => property.name === "N");
  if (n) {
    const [family = "", given = ""] = structuredValue(n, version);
    const lastName = joinedNames(family);
    const firstName = joinedNames(given);
    if (firstName !== "" || lastName !== "") return { firstName, lastName };
  }
  const fn = properties.find((property) => property.name === "FN");
  return splitFormattedName(fn ? textValue(fn, version) : "");
}

/** A name component may list several names ("Anne,Marie"); they belong together: "Anne Marie". */
function joinedNames(component: string): string {
  return component
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(" ");
}

/** Lower-case particles that belong to the family name: "Émilie du Châtelet", "Ludwig van Beethoven". */
const NAME_PARTICLES = new Set([
  "da",
  "de",
  "del",
  "della",
  "der",
  "des",
  "di",
  "do",
  "dos",
  "du",
  "la",
  "le",
  "ten",
  "ter",
  "van",
  "von",
  "zu",
]);

/**
 * "Ada King Lovelace" -> Ada King / Lovelace; "Émilie du Châtelet" -> Émilie / du Châtelet;
 * "Lovelace, Ada" -> Ada / Lovelace; "Ada" -> Ada / "".
 */
export function splitFormattedName(formatted: string): PersonName {
  const name = formatted.replace(/\s+/g, " ").trim();
  const comma = name.indexOf(",");
  if (comma > 0) return { firstName: name.slice(comma + 1).trim(), lastName: name.slice(0, comma).trim() };
  const words = name === "" ? [] : name.split(" ");
  let lastStart = words.length - 1;
  while (lastStart > 1 && NAME_PARTICLES.has(words[lastStart - 1] ?? "")) lastStart--;
  if (lastStart < 1) return { firstName: name, lastName: "" };
  return { firstName: words.slice(0, lastStart).join(" "), lastName: words.slice(lastStart).join(" ") };
}
