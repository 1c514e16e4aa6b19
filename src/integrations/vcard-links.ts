// A card's web addresses and social profiles: the LinkedIn profile is kept, the others are named as dropped.
import { normalizeProfileUrl } from "../core/contact-fields.js";
import { labelOf } from "./vcard-labels.js";
import { hasType, paramValue, type VCardProperty } from "./vcard-property.js";
import type { VCardVersion } from "./vcard-unfold.js";
import { textValue } from "./vcard-value.js";

export interface CardLinks {
  linkedinUrl: string | null;
  /** Other web addresses and profiles, kept in the notes: "https://ada.dev", "twitter: ada". */
  others: string[];
}

const SOCIAL_PROFILES = new Set(["X-SOCIALPROFILE", "SOCIALPROFILE"]);

/** The first LinkedIn profile among URL, X-SOCIALPROFILE (Apple) and SOCIALPROFILE (RFC 9554). */
export function cardLinks(
  properties: readonly VCardProperty[],
  version: VCardVersion,
  labels: ReadonlyMap<string, string>,
): CardLinks {
  let linkedinUrl: string | null = null;
  const others: string[] = [];
  for (const property of properties) {
    if (property.name !== "URL" && !SOCIAL_PROFILES.has(property.name)) continue;
    const value = textValue(property, version);
    const profile =
      property.name === "URL"
        ? linkedinFromUrl(value, labelOf(property, labels))
        : linkedinFromSocialProfile(property, value);
    if (profile && (linkedinUrl === null || linkedinUrl === profile)) linkedinUrl = profile;
    else if (property.name === "URL") others.push(value);
    else {
      const service = socialService(property);
      others.push(service && !value.includes(service) ? `${service}: ${value}` : value);
    }
  }
  return { linkedinUrl, others };
}

/** A URL that is a LinkedIn profile, or one labelled "LinkedIn" that holds just the profile's handle. */
function linkedinFromUrl(value: string, label: string | null): string | null {
  const profile = linkedinProfile(value);
  if (profile) return profile;
  if (label && /linked\s*in/i.test(label) && /^[\w-]+$/.test(value)) {
    return linkedinProfile(`https://www.linkedin.com/in/${value}`);
  }
  return null;
}

/** Apple writes "X-SOCIALPROFILE;type=linkedin;x-user=ada:http://www.linkedin.com/in/ada" (or an x-apple: value). */
function linkedinFromSocialProfile(property: VCardProperty, value: string): string | null {
  const profile = linkedinProfile(value);
  if (profile) return profile;
  const user = paramValue(property, "X-USER");
  if (user && /linked\s*in/i.test(socialService(property) ?? "")) {
    return linkedinProfile(`https://www.linkedin.com/in/${user}`);
  }
  return null;
}

function socialService(property: VCardProperty): string | null {
  if (hasType(property, "linkedin")) return "linkedin";
  return paramValue(property, "SERVICE-TYPE") ?? property.params.get("TYPE")?.[0] ?? null;
}

/** The canonical profile address when the text is a LinkedIn profile (/in/ or /pub/), else null. */
function linkedinProfile(text: string): string | null {
  const url = normalizeProfileUrl(text);
  return url && /^https:\/\/www\.linkedin\.com\/(in|pub)\//.test(url) ? url : null;
}
