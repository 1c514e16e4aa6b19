// A card's person name: first and last from N, else split from FN.
import type { VCardProperty } from "./vcard-property.js";
import type { VCardVersion } from "./vcard-unfold.js";
import { structuredValue, textValue } from "./vcard-value.js";

export interface PersonName {
  firstName: string;
  lastName: string;
}

/**
 * The name from N with every part kept: prefix, given and middle names make the first name, the
 * family name and suffix the last ("Dr. Ada Marie" / "Lovelace Jr."). When FN, the name as the person
 * writes it, differs from that (Chinese, Japanese and Korean names put the family name first), FN is
 * the name shown and searched: it becomes the first name whole. Without N, FN split.
 */
export function cardName(properties: readonly VCardProperty[], version: VCardVersion): PersonName {
  const n = properties.find((property) => property.name === "N");
  const fnProperty = properties.find((property) => property.name === "FN");
  const fn = fnProperty ? textValue(fnProperty, version).replace(/\s+/g, " ") : "";
  if (n) {
    const [family = "", given = "", middle = "", prefix = "", suffix = ""] = structuredValue(n, version);
    const firstName = [prefix, given, middle].map(joinedNames).filter(Boolean).join(" ");
    const lastName = [family, suffix].map(joinedNames).filter(Boolean).join(" ");
    if (firstName !== "" || lastName !== "") {
      if (fn === "" || sameWords(fn, `${firstName} ${lastName}`)) return { firstName, lastName };
      if (familyFirst(fn, family, given)) return { firstName: fn, lastName: "" };
      return { firstName, lastName };
    }
  }
  return splitFormattedName(fn);
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .sort()
    .join(" ");

/** "Ada Lovelace", "Lovelace, Ada" and "Lovelace Ada" name the same parts (in Western order, N's). */
function sameWords(fn: string, fromN: string): boolean {
  return (
    fn.trim().toLowerCase() === fromN.trim().toLowerCase() ||
    (words(fn) === words(fromN) && /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\s,.'-]*$/u.test(fn))
  );
}

/** FN writes the family name first ("王小明", "김 민준", "Nakamura Hana" from a CJK phone). */
function familyFirst(fn: string, family: string, given: string): boolean {
  const compact = (text: string) => text.replace(/[\s,]+/g, "").toLowerCase();
  return family !== "" && compact(fn) === compact(`${family}${given}`);
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
