import type { ContactSource, RelationshipStrength } from "./contact-fields.js";
import { searchKey } from "./text.js";

/** A person in my network, as every face of coffeechat shows it. */
export interface Contact {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string | null;
  organizationId: string | null;
  organization: string | null;
  title: string | null;
  location: string | null;
  timeZone: string | null;
  source: ContactSource | null;
  sourceDetail: string | null;
  introducedById: string | null;
  mayMentionIntroducer: boolean | null;
  relationshipStrength: RelationshipStrength;
  tags: string[];
  needs: string;
  notes: string;
  lastTouchAt: string | null;
  nextTouchAt: string | null;
  stayInTouchDays: number | null;
  archived: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function fullName(firstName: string, lastName: string): string {
  return [firstName, lastName].filter((part) => part.trim() !== "").join(" ");
}

/** Everything a search for a contact may match, as one search key. */
export function contactSearchText(fields: {
  firstName: string;
  lastName: string;
  emails: readonly string[];
  title: string | null;
  organization: string | null;
  location: string | null;
}): string {
  return searchKey(
    [fields.firstName, fields.lastName, ...fields.emails, fields.title, fields.organization, fields.location]
      .filter(Boolean)
      .join(" "),
  );
}

/** The key contacts are sorted by: last name, then first name. */
export function contactSortName(firstName: string, lastName: string): string {
  return searchKey(`${lastName} ${firstName}`) || "~";
}

/** The key organisations and tags are matched by: "  ACME  Corp " equals "acme corp". */
export function nameKey(name: string): string {
  return searchKey(name);
}
