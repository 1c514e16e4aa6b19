// The vocabularies of a contact: how I found them and how well we know each other.

/** Where a contact came from (DOMAIN.md, "Find people"). */
export const CONTACT_SOURCES = [
  "friend",
  "family",
  "peer",
  "colleague",
  "alumni",
  "linkedin",
  "event",
  "association",
  "speaker",
  "news",
  "referral",
  "cold",
  "other",
] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const SOURCE_LABELS: Record<ContactSource, string> = {
  friend: "Friend",
  family: "Family",
  peer: "Peer or classmate",
  colleague: "Colleague or coworker",
  alumni: "Alumni (shared school)",
  linkedin: "LinkedIn",
  event: "Career fair or event",
  association: "Professional association",
  speaker: "Speaker I heard",
  news: "News (new role, achievement)",
  referral: "Referral from someone I talked to",
  cold: "Cold outreach",
  other: "Other",
};

const SOURCE_SYNONYMS: Record<string, ContactSource> = {
  coworker: "colleague",
  "co-worker": "colleague",
  work: "colleague",
  alumnus: "alumni",
  alumna: "alumni",
  school: "alumni",
  university: "alumni",
  classmate: "peer",
  conference: "event",
  "career fair": "event",
  meetup: "event",
  fair: "event",
  introduction: "referral",
  intro: "referral",
  mutual: "referral",
  talk: "speaker",
  "linked in": "linkedin",
};

/** Reads a source the way a person may type it ("LinkedIn", "conference"); null if unknown. */
export function parseContactSource(input: string): ContactSource | null {
  const key = input.trim().toLowerCase();
  if ((CONTACT_SOURCES as readonly string[]).includes(key)) return key as ContactSource;
  return Object.hasOwn(SOURCE_SYNONYMS, key) ? (SOURCE_SYNONYMS[key] ?? null) : null;
}

/** How well we know each other, weakest first. */
export const RELATIONSHIP_STRENGTHS = ["new", "acquaintance", "warm", "close"] as const;
export type RelationshipStrength = (typeof RELATIONSHIP_STRENGTHS)[number];

export const RELATIONSHIP_LABELS: Record<RelationshipStrength, string> = {
  new: "New: not met yet",
  acquaintance: "Acquaintance: talked once",
  warm: "Warm: we keep in touch",
  close: "Close: would help me any time",
};

/** Whether the text names an IANA time zone that this runtime knows. */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes("/") && zone !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A LinkedIn profile address already in the form normalizeProfileUrl gives. */
const CANONICAL_PROFILE = /^https:\/\/www\.linkedin\.com\/(in|pub)\/[a-z0-9_-]+$/;

/**
 * The canonical form of a LinkedIn profile address, so that the same person matches however the
 * link was copied: "linkedin.com/in/Ada-L/?trk=x" -> "https://www.linkedin.com/in/ada-l".
 * Other addresses are returned trimmed; null when it is not a web address at all.
 */
export function normalizeProfileUrl(input: string): string | null {
  const raw = input.trim();
  if (raw === "") return null;
  // LinkedIn's exports already give this form; checking it is much cheaper than parsing a URL.
  if (CANONICAL_PROFILE.test(raw)) return raw;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (!url.hostname.includes(".")) return null;
  if (/(^|\.)linkedin\.com$/i.test(url.hostname)) {
    const match = url.pathname.match(/^\/(in|pub)\/([^/]+)/i);
    if (match)
      return `https://www.linkedin.com/${match[1]?.toLowerCase()}/${decodeURIComponent(match[2] ?? "").toLowerCase()}`;
  }
  return url.toString();
}
