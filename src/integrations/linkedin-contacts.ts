// LinkedIn's data-export Contacts.csv (the address books a member imported into LinkedIn, 2018 and
// later; "Imported Contacts.csv" before): several e-mails and numbers per cell.
import { normalizeProfileUrl } from "../core/contact-fields.js";
import { blankToNull } from "../core/text.js";
import { type Columns, cellReader, matchColumns } from "./csv-columns.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import type { ImportedContact } from "./imported.js";

type Field =
  | "source"
  | "firstName"
  | "lastName"
  | "fullName"
  | "companies"
  | "title"
  | "emails"
  | "phones"
  | "addresses"
  | "sites"
  | "messengers"
  | "birthday"
  | "location"
  | "profiles";

const TITLES: Record<Field, string[]> = {
  source: ["Source"],
  firstName: ["FirstName", "First Name"],
  lastName: ["LastName", "Last Name"],
  fullName: ["FullName", "Full Name"],
  companies: ["Companies"],
  title: ["Title"],
  emails: ["Emails", "Email Address"],
  phones: ["PhoneNumbers", "Phone Numbers"],
  addresses: ["Addresses"],
  sites: ["Sites"],
  messengers: ["InstantMessageHandles", "Instant Message Handles"],
  birthday: ["Birthday"],
  location: ["Location"],
  profiles: ["Profiles"],
};

const MISSING_HEADER =
  "No LinkedIn contacts header found: expected Source, FirstName, LastName, Companies, Title, Emails, PhoneNumbers, … Is this the Contacts.csv of a LinkedIn data export?";

/** Whether a header row is Contacts.csv's (and not Connections.csv's). */
export function isLinkedInContactsHeader(cells: readonly string[]): boolean {
  return matchColumns(cells, TITLES, ["firstName", "lastName", "companies", "phones"]) !== null;
}

/** Reads Contacts.csv: every e-mail and number of each imported contact. */
export function parseLinkedInContacts(input: string | Buffer): ImportedContact[] {
  const table = readCsvTable(input, {
    matchHeader: (cells) => matchColumns(cells, TITLES, ["firstName", "lastName", "companies", "phones"]),
    missingHeader: MISSING_HEADER,
  });
  return table.rows.map((row) => toContact(row, table.header));
}

/** The values of a cell that holds several: LinkedIn separates them with commas (or semicolons). */
const several = (cell: string) =>
  cell
    .split(/[,;]/)
    .map((value) => value.trim())
    .filter(Boolean);

function toContact({ line, cells }: CsvRow, columns: Columns<Field>): ImportedContact {
  const cell = cellReader(columns, cells);
  let firstName = cell("firstName");
  let lastName = cell("lastName");
  if (firstName === "" && lastName === "" && cell("fullName") !== "") {
    const full = cell("fullName");
    const space = full.lastIndexOf(" ");
    firstName = space < 0 ? full : full.slice(0, space);
    lastName = space < 0 ? "" : full.slice(space + 1);
  }
  const profiles = several(cell("profiles"));
  const linkedinUrl =
    profiles.map(normalizeProfileUrl).find((url) => url?.startsWith("https://www.linkedin.com/")) ?? null;
  const companies = several(cell("companies"));
  const notes = [
    companies.length > 1 && `Other companies: ${companies.slice(1).join(", ")}`,
    cell("addresses") && `Address: ${cell("addresses")}`,
    cell("sites") && `Websites: ${cell("sites")}`,
    cell("messengers") && `Instant messengers: ${cell("messengers")}`,
    cell("birthday") && `Birthday: ${cell("birthday")}`,
    ...profiles.filter((p) => normalizeProfileUrl(p) !== linkedinUrl).map((p) => `Profile: ${p}`),
  ].filter(Boolean);
  return {
    line,
    firstName,
    lastName,
    emails: several(cell("emails")),
    // Numbers keep their commas as separators only: "+1 (555) 010-0100" stays whole.
    phones: several(cell("phones")),
    linkedinUrl,
    organization: blankToNull(companies[0] ?? ""),
    title: blankToNull(cell("title")),
    location: blankToNull(cell("location")),
    notes: notes.join("\n"),
    connectedOn: null,
    source: null,
    dropped: [],
  };
}
