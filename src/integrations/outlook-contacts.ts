// Microsoft Outlook's contacts CSV ("Comma Separated Values" from Outlook for Windows, and
// Outlook.com's export): three e-mail columns, a score of phone columns, company and job title.
// In English or German; Windows-1252 files are read by csv-text.
import { normalizeProfileUrl } from "../core/contact-fields.js";
import { blankToNull, searchKey } from "../core/text.js";
import { oneLine } from "./csv-columns.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import type { ImportedContact } from "./imported.js";

type Single =
  | "prefix"
  | "firstName"
  | "middleName"
  | "lastName"
  | "suffix"
  | "company"
  | "department"
  | "jobTitle"
  | "notes"
  | "webPage"
  | "birthday"
  | "categories"
  | "businessCity"
  | "homeCity"
  | "otherCity";

const SINGLE: Record<Single, string[]> = {
  prefix: ["Title", "Anrede"],
  firstName: ["First Name", "Vorname"],
  middleName: ["Middle Name", "Weitere Vornamen"],
  lastName: ["Last Name", "Nachname"],
  suffix: ["Suffix", "Namenszusatz"],
  company: ["Company", "Firma"],
  department: ["Department", "Abteilung"],
  jobTitle: ["Job Title", "Position"],
  notes: ["Notes", "Notizen"],
  webPage: ["Web Page", "Webseite"],
  birthday: ["Birthday", "Geburtstag"],
  categories: ["Categories", "Kategorien"],
  businessCity: ["Business City", "Ort geschäftlich"],
  homeCity: ["Home City", "Ort privat"],
  otherCity: ["Other City", "Weiterer Ort"],
};

/** Every e-mail address column ("E-mail Address", "E-mail 2 Address", …), with its type column. */
const EMAIL = /^(e-mail|e-mail-adresse)( \d)?( address)?$|^e-mail (\d) address$|^e-mail-adresse (\d)$/;
/** Every phone column: "Business Phone", "Mobile Phone", "Home Phone 2", "Telefon geschäftlich", … */
const PHONE = /(phone|telefon|mobiltelefon|pager|isdn|telex|fax|callback|rückmeldung)/;

export interface OutlookColumns {
  single: Partial<Record<Single, number>>;
  emails: Array<{ at: number; type: number | undefined }>;
  phones: Array<{ at: number; title: string }>;
}

/** Reads a header row as an Outlook contacts export; null when it is not one. */
export function matchOutlookHeader(cells: readonly string[]): OutlookColumns | null {
  const keys = cells.map(searchKey);
  const single: Partial<Record<Single, number>> = {};
  for (const [field, titles] of Object.entries(SINGLE) as [Single, string[]][]) {
    const at = keys.findIndex((key) => titles.some((title) => searchKey(title) === key));
    if (at >= 0) single[field] = at;
  }
  const emails: OutlookColumns["emails"] = [];
  const phones: OutlookColumns["phones"] = [];
  keys.forEach((key, at) => {
    if (EMAIL.test(key)) {
      const typeTitle = key.replace(/ address$/, " type").replace(/^e-mail$/, "e-mail type");
      const type = keys.indexOf(typeTitle);
      emails.push({ at, type: type >= 0 && type !== at ? type : undefined });
    } else if (PHONE.test(key)) {
      phones.push({ at, title: cells[at] as string });
    }
  });
  const named = single.firstName !== undefined && single.lastName !== undefined;
  const outlookOnly =
    single.jobTitle !== undefined || keys.includes("business phone") || keys.includes("e-mail address");
  return named && emails.length > 0 && outlookOnly ? { single, emails, phones } : null;
}

const MISSING_HEADER =
  "No Outlook contacts header found: expected First Name, Middle Name, Last Name, …, Company, Job Title, …, E-mail Address, … Export the contacts from Outlook as “Comma Separated Values” and try again.";

/** Reads an Outlook contacts CSV: every e-mail and phone column, company, job title and notes. */
export function parseOutlookContacts(input: string | Buffer): ImportedContact[] {
  const table = readCsvTable(input, { matchHeader: matchOutlookHeader, missingHeader: MISSING_HEADER });
  return table.rows.map((row) => toContact(row, table.header));
}

/** Outlook writes "0/0/00" for a date it does not have. */
const isNoDate = (value: string) => /^0?0[/.]0?0[/.]0{2,4}$/.test(value) || value === "";

function toContact({ line, cells }: CsvRow, columns: OutlookColumns): ImportedContact {
  const cell = (field: Single) => oneLine(cells[columns.single[field] ?? -1]);
  const dropped: string[] = [];
  const emails: string[] = [];
  for (const { at, type } of columns.emails) {
    const value = oneLine(cells[at]);
    if (value === "") continue;
    // Exchange ("EX") entries hold an internal directory name, not an address.
    if (type !== undefined && /^ex$/i.test(oneLine(cells[type])) && !value.includes("@")) {
      dropped.push(`line ${line}: an Exchange directory entry, not an e-mail address ("${value}")`);
    } else emails.push(value);
  }
  const phones = columns.phones.map(({ at }) => oneLine(cells[at])).filter((value) => value !== "");
  const web = cell("webPage");
  const profile = normalizeProfileUrl(web);
  const linkedinUrl = profile?.startsWith("https://www.linkedin.com/") ? profile : null;
  const notes = [
    (cells[columns.single.notes ?? -1] ?? "").trim(),
    cell("department") && `Department: ${cell("department")}`,
    web && !linkedinUrl ? `Web page: ${web}` : "",
    isNoDate(cell("birthday")) ? "" : `Birthday: ${cell("birthday")}`,
  ].filter(Boolean);
  return {
    line,
    firstName: [cell("prefix"), cell("firstName"), cell("middleName")].filter(Boolean).join(" "),
    lastName: [cell("lastName"), cell("suffix")].filter(Boolean).join(" "),
    emails,
    phones,
    linkedinUrl,
    organization: blankToNull(cell("company")),
    title: blankToNull(cell("jobTitle")),
    location: blankToNull(cell("businessCity") || cell("homeCity") || cell("otherCity")),
    notes: notes.join("\n"),
    tags: cell("categories")
      .split(/[;,]/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    connectedOn: null,
    source: null,
    dropped,
  };
}
