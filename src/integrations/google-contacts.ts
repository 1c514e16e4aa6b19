// Google Contacts' CSV export (the current "Google CSV" and the legacy one) as imported contacts.
import { normalizeProfileUrl } from "../core/contact-fields.js";
import { blankToNull } from "../core/text.js";
import { oneLine } from "./csv-columns.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import {
  distinctBy,
  type GoogleColumns,
  matchGoogleHeader,
  multiValues,
  phoneKey,
} from "./google-columns.js";
import type { ImportedContact } from "./imported.js";

const MISSING_HEADER =
  "No Google Contacts header found: expected First Name, Middle Name, Last Name, …, E-mail 1 - Value, Phone 1 - Value (or the legacy Name, Given Name, Family Name, … columns). Export the contacts as “Google CSV” and try again.";

/** Reads a Google Contacts CSV; emails and phones deduplicated, labels and groups not kept. */
export function parseGoogleContacts(input: string | Buffer): ImportedContact[] {
  const table = readCsvTable(input, { matchHeader: matchGoogleHeader, missingHeader: MISSING_HEADER });
  return table.rows.map((row) => toContact(row, table.header));
}

function toContact({ line, cells }: CsvRow, columns: GoogleColumns): ImportedContact {
  const named = (title: string) => oneLine(cells[columns.named.get(title) ?? -1]);
  const values = (positions: readonly (number | undefined)[]) =>
    positions.flatMap((at) => (at === undefined ? [] : multiValues(cells[at])));
  const named_ = personName(named, columns.legacy);
  let { firstName } = named_;
  const { lastName } = named_;
  if (firstName === "" && lastName === "") {
    // Address books keep people saved only by company, e-mail or number: name them by that.
    firstName =
      values(columns.organizations.map((org) => org.name))[0] ??
      values(columns.emails)[0] ??
      values(columns.phones)[0] ??
      "";
  }
  const dropped: string[] = [];
  const websites = values(columns.websites);
  const profile = websites
    .map(normalizeProfileUrl)
    .find((url) => url?.startsWith("https://www.linkedin.com/"));
  if (websites.length > (profile ? 1 : 0)) dropped.push("a website");
  if (named("photo") !== "") dropped.push("a photo");
  if (named("birthday") !== "") dropped.push("a birthday");
  if (columns.addresses.some((a) => values([a.street, a.formatted]).length > 0))
    dropped.push("a street address");
  // "* myContacts" and "* starred" are Google's own groups; the others are the user's: tags.
  const labels = multiValues(named(columns.legacy ? "group membership" : "labels"));
  const tags = labels.filter((label) => !label.startsWith("*"));
  const organization = columns.organizations.find((org) => values([org.name, org.title]).length > 0);
  return {
    line,
    firstName,
    lastName,
    emails: distinctBy(values(columns.emails), (email) => email.toLowerCase()),
    phones: distinctBy(values(columns.phones), phoneKey),
    linkedinUrl: profile ?? null,
    organization: values([organization?.name])[0] ?? null,
    title: values([organization?.title])[0] ?? null,
    location: blankToNull(named("location")) ?? location(columns, (at) => values([at])[0]),
    notes: (cells[columns.named.get("notes") ?? -1] ?? "").trim(),
    tags,
    connectedOn: null,
    source: null,
    dropped,
  };
}

/** First and last name, falling back on the nickname, the "File As" and the full name. */
function personName(named: (title: string) => string, legacy: boolean) {
  const first = legacy ? named("given name") : named("first name");
  const middle = legacy ? named("additional name") : named("middle name");
  const last = legacy ? named("family name") : named("last name");
  if (first !== "" || last !== "")
    return { firstName: [first, middle].filter(Boolean).join(" "), lastName: last };
  const full = named("name") || named("file as") || named("nickname") || middle;
  const space = full.lastIndexOf(" ");
  return space < 0
    ? { firstName: full, lastName: "" }
    : { firstName: full.slice(0, space).trim(), lastName: full.slice(space + 1) };
}

/** "City, Region, Country" of the first address that has any of them. */
function location(
  columns: GoogleColumns,
  first: (at: number | undefined) => string | undefined,
): string | null {
  for (const address of columns.addresses) {
    const parts = [address.city, address.region, address.country]
      .map(first)
      .filter((part) => part !== undefined);
    if (parts.length > 0) return distinctBy(parts, (part) => part.toLowerCase()).join(", ");
  }
  return null;
}
