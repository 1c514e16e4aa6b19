// Contacts as a CSV spreadsheet: one row a person, the columns a spreadsheet user expects.
import { stringify } from "csv-stringify/sync";
import type { Contact } from "../core/contact.js";

const COLUMNS: Array<[string, (c: Contact) => string]> = [
  ["First Name", (c) => c.firstName],
  ["Last Name", (c) => c.lastName],
  ["E-mails", (c) => c.emails.join("; ")],
  ["Phones", (c) => c.phones.join("; ")],
  ["Organisation", (c) => c.organization ?? ""],
  ["Title", (c) => c.title ?? ""],
  ["Location", (c) => c.location ?? ""],
  ["Time Zone", (c) => c.timeZone ?? ""],
  ["LinkedIn", (c) => c.linkedinUrl ?? ""],
  ["Source", (c) => c.source ?? ""],
  ["Relationship", (c) => c.relationshipStrength],
  ["Tags", (c) => c.tags.join("; ")],
  ["Their Needs", (c) => c.needs],
  ["Notes", (c) => c.notes],
  ["Last Touch", (c) => c.lastTouchAt ?? ""],
  ["Archived", (c) => (c.archived ? "yes" : "")],
  ["Id", (c) => c.id],
];

/** What a spreadsheet would run as a formula (OWASP, "CSV injection"): a cell that starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: a formula-like start gets a leading "'" (names come from other people). */
export function neutralised(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * CSV (RFC 4180) with a header row, CRLF line ends and a BOM, so that spreadsheet apps read the accents
 * right. Every cell with a quote, comma or any line break is quoted.
 */
export function contactsToCsv(contacts: readonly Contact[]): string {
  return `${csvHead()}${csvRows(contacts)}`;
}

const OPTIONS = { record_delimiter: "\r\n", quoted_match: /[\r\n",]/ } as const;

/** The start of the file: the BOM and the header row. */
export function csvHead(): string {
  return `\uFEFF${stringify([COLUMNS.map(([header]) => header)], OPTIONS)}`;
}

/** The rows of some contacts, each ending its line: what follows the head, a page at a time. */
export function csvRows(contacts: readonly Contact[]): string {
  return stringify(
    contacts.map((contact) => COLUMNS.map(([, value]) => neutralised(value(contact)))),
    OPTIONS,
  );
}
