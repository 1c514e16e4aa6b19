// Turns what a person typed into the values we store, checking what zod cannot.
import {
  CONTACT_SOURCES,
  isTimeZone,
  normalizeProfileUrl,
  parseContactSource,
} from "../core/contact-fields.js";
import { ValidationError } from "../core/errors.js";
import { blankToNull } from "../core/text.js";

export function checkedSource(input: string | null | undefined): string | null | undefined {
  if (input === undefined) return undefined;
  const text = blankToNull(input);
  if (text === null) return null;
  const source = parseContactSource(text);
  if (!source) {
    throw new ValidationError(
      `source: "${text}" is not a known source; use one of ${CONTACT_SOURCES.join(", ")}.`,
      "source",
    );
  }
  return source;
}

export function checkedTimeZone(input: string | null | undefined): string | null | undefined {
  if (input === undefined) return undefined;
  const zone = blankToNull(input);
  if (zone === null) return null;
  if (!isTimeZone(zone)) {
    throw new ValidationError(
      `timeZone: "${zone}" is not an IANA time zone such as Europe/Paris.`,
      "timeZone",
    );
  }
  return zone;
}

export function checkedProfileUrl(input: string | null | undefined): string | null | undefined {
  if (input === undefined) return undefined;
  const text = blankToNull(input);
  if (text === null) return null;
  const url = normalizeProfileUrl(text);
  if (!url) throw new ValidationError(`linkedinUrl: "${text}" is not a web address.`, "linkedinUrl");
  return url;
}

/** Distinct values, in the order given, compared without case. */
export function distinct(
  values: readonly string[],
  fold: (value: string) => string = (v) => v.toLowerCase(),
) {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = fold(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Distinct phone numbers, the same number written differently kept once. */
export function distinctPhones(values: readonly string[]) {
  return distinct(values, (p) => p.replace(/[^0-9+x]/gi, ""));
}
