import { searchKey } from "./text.js";

export type { Contact } from "./contact.schema.js";

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
