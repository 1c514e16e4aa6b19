// The checks every importer's records go through before planning: values that are not addresses or
// numbers ("null", "n/a") are set aside and named; a record without a name is called by its
// organisation, e-mail or phone; one with nothing to call it by is skipped, saying what it held.
import type { ImportedContact } from "./imported.js";

/** What exporters write where there is no value. */
const PLACEHOLDERS = new Set([
  "null",
  "(null)",
  "nil",
  "none",
  "(none)",
  "n/a",
  "na",
  "-",
  "--",
  ".",
  "0",
  "undefined",
  "unknown",
  "empty",
  "no email",
  "noemail",
  "no phone",
  "false",
]);

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;

export const isPlaceholder = (value: string) => PLACEHOLDERS.has(value.trim().toLowerCase());

/** Why an e-mail value is not kept, or null when it is an address. */
export function emailProblem(value: string): string | null {
  if (isPlaceholder(value)) return "a placeholder, not an address";
  return EMAIL.test(value.trim()) ? null : "not an e-mail address";
}

/** Why a phone value is not kept, or null when it is a number. */
export function phoneProblem(value: string): string | null {
  if (isPlaceholder(value)) return "a placeholder, not a number";
  return (value.match(/\d/g)?.length ?? 0) >= 3 ? null : "not a phone number";
}

/** The record with only real addresses and numbers, named, or skipped with the reason. */
export function checkedRecord(record: ImportedContact): ImportedContact {
  if (record.skipReason) return record;
  const dropped = [...record.dropped];
  const where = record.file ? `${record.file} line ${record.line}` : `line ${record.line}`;
  const emails = record.emails.filter((email) => {
    const problem = emailProblem(email);
    if (problem) dropped.push(`${where}: the e-mail "${email}" (${problem})`);
    return problem === null;
  });
  const phones = record.phones.filter((phone) => {
    const problem = phoneProblem(phone);
    if (problem) dropped.push(`${where}: the phone "${phone}" (${problem})`);
    return problem === null;
  });
  let { firstName, lastName } = record;
  if (firstName.trim() === "" && lastName.trim() === "") {
    firstName = record.organization ?? emails[0] ?? phones[0] ?? "";
    lastName = "";
  }
  const checked = { ...record, firstName, lastName, emails, phones, dropped };
  if (firstName === "") {
    const held = [
      record.notes.trim() ? "notes" : "",
      record.title ? `the title "${record.title}"` : "",
      record.location ? `the place "${record.location}"` : "",
      ...record.dropped,
    ].filter(Boolean);
    checked.skipReason = `nothing to call them by: no name, organisation, e-mail or phone${held.length > 0 ? `; it holds only ${held.join(", ")}` : ""}`;
  }
  return checked;
}
