// LinkedIn's data-export Connections.csv (English, German or French) as imported contacts.
import { normalizeProfileUrl } from "../core/contact-fields.js";
import { blankToNull } from "../core/text.js";
import { type Columns, cellReader, matchColumns } from "./csv-columns.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import type { ImportedContact } from "./imported.js";
import { parseConnectedOn } from "./linkedin-dates.js";

type Field =
  | "firstName"
  | "lastName"
  | "url"
  | "email"
  | "company"
  | "position"
  | "connectedOn"
  | "address"
  | "websites"
  | "messengers";

/** The export's column titles in each language LinkedIn ships it in. */
export const CONNECTIONS_HEADERS = {
  en: ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
  de: ["Vorname", "Nachname", "URL", "E-Mail-Adresse", "Unternehmen", "Position", "Verbunden am"],
  fr: ["Prénom", "Nom", "URL", "Adresse e-mail", "Entreprise", "Poste", "Date de connexion"],
} as const;

const FIELDS: Field[] = ["firstName", "lastName", "url", "email", "company", "position", "connectedOn"];

/** Columns of older exports (2017 and 2018): an address, web sites and instant messengers. */
const OLDER_COLUMNS: Partial<Record<Field, string[]>> = {
  address: ["Address"],
  websites: ["Websites"],
  messengers: ["Instant Messengers"],
};

const MISSING_HEADER = `No LinkedIn connections header found: expected ${CONNECTIONS_HEADERS.en.join(", ")} (or the same columns in German or French). Is this the Connections.csv of a LinkedIn data export?`;

/** The header in one of the languages: first and last name and at least three more columns. */
function matchHeader(cells: string[]): Columns<Field> | null {
  for (const titles of Object.values(CONNECTIONS_HEADERS)) {
    const byField = {
      ...OLDER_COLUMNS,
      ...Object.fromEntries(FIELDS.map((field, i) => [field, [titles[i] as string]])),
    };
    const columns = matchColumns(cells, byField as Record<Field, string[]>, ["firstName", "lastName"]);
    if (columns && FIELDS.filter((field) => columns[field] !== undefined).length >= 5) return columns;
  }
  return null;
}

/** Reads Connections.csv: preamble, BOM, CRLF and quoting as LinkedIn ships them. */
export function parseLinkedInConnections(input: string | Buffer): ImportedContact[] {
  const table = readCsvTable(input, { matchHeader, missingHeader: MISSING_HEADER });
  // Many connections share a date: read each distinct one once.
  const dates = new Map<string, string | null>();
  const readDate = (text: string) => {
    const known = dates.get(text);
    if (known !== undefined) return known;
    const date = parseConnectedOn(text);
    dates.set(text, date);
    return date;
  };
  return table.rows.map((row) => toContact(row, table.header, readDate));
}

function toContact(
  { line, cells }: CsvRow,
  columns: Columns<Field>,
  readDate: (text: string) => string | null,
): ImportedContact {
  const cell = cellReader(columns, cells);
  let firstName = cell("firstName");
  const lastName = cell("lastName");
  const dropped: string[] = [];
  const url = cell("url");
  const linkedinUrl = normalizeProfileUrl(url);
  const date = cell("connectedOn");
  if (firstName === "" && lastName === "") {
    // LinkedIn hides members who limit what connections see: their row holds only the date.
    const handle = linkedinUrl?.match(/\/in\/([^/]+)/)?.[1];
    if (handle) firstName = decodeURIComponent(handle);
    else if (cell("email") === "")
      return hidden(line, date ? `LinkedIn hides this connection (only "${date}" is in the row)` : "");
  }
  if (url !== "" && linkedinUrl === null)
    dropped.push(`a profile address that is not a web address ("${url}")`);
  const email = cell("email");
  if (email !== "" && !email.includes("@")) dropped.push(`an email address that is not one ("${email}")`);
  const connectedOn = readDate(date);
  if (date !== "" && connectedOn === null) dropped.push(`a connection date we could not read ("${date}")`);
  return {
    line,
    firstName,
    lastName,
    emails: email.includes("@") ? [email] : [],
    phones: [],
    linkedinUrl,
    organization: blankToNull(cell("company")),
    title: blankToNull(cell("position")),
    location: blankToNull(cell("address")),
    notes: [
      cell("websites") && `Websites: ${cell("websites")}`,
      cell("messengers") && `Instant messengers: ${cell("messengers")}`,
    ]
      .filter(Boolean)
      .join("\n"),
    connectedOn,
    source: "linkedin",
    dropped,
  };
}

/** A row LinkedIn left without a name, profile or address: listed as skipped, never imported. */
function hidden(line: number, reason: string): ImportedContact {
  return {
    line,
    firstName: "",
    lastName: "",
    emails: [],
    phones: [],
    linkedinUrl: null,
    organization: null,
    title: null,
    location: null,
    notes: "",
    connectedOn: null,
    source: "linkedin",
    dropped: [],
    skipReason: reason || "LinkedIn gives no name, profile or e-mail for this connection",
  };
}
