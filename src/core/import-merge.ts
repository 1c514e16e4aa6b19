// Uniting two records of one person without losing anything: e-mails, phones, tags, notes and needs
// are joined; a single-valued field is filled where empty and, where both differ, the first is kept
// and the other is named. Pure.
import { nameKey } from "./contact.js";

/** What a record of a person may hold, from a file or from coffeechat. */
export interface PersonFields {
  firstName: string;
  lastName: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string | null;
  organization: string | null;
  title: string | null;
  location: string | null;
  notes: string;
  /** Only files of our own (vCard with X-COFFEECHAT-* properties) and address books with groups bring these. */
  tags?: string[];
  timeZone?: string | null;
  needs?: string;
  source?: string | null;
  sourceDetail?: string | null;
  relationshipStrength?: string | null;
  stayInTouchDays?: number | null;
}

export type PersonPatch = Partial<PersonFields>;

export interface MergeResult {
  /** What the second record adds, in words: "title", "e-mail ada@x.org". */
  changes: string[];
  /** Values of the second record that differ from the first's, which stays. */
  kept: string[];
  patch: PersonPatch;
}

export const emailKey = (email: string) => email.trim().toLowerCase();
/** Digits, and a leading "+": "+49 30 1234" equals "+49301234". */
export const phoneKey = (phone: string) => phone.trim().replace(/(?!^\+)\D/g, "");

type Single = "organization" | "title" | "location" | "timeZone" | "sourceDetail";
const LABELS: Record<Single, string> = {
  organization: "organisation",
  title: "title",
  location: "location",
  timeZone: "time zone",
  sourceDetail: "source detail",
};

function union(
  current: readonly string[],
  incoming: readonly string[],
  key: (value: string) => string,
): string[] {
  const seen = new Set(current.map(key));
  const added: string[] = [];
  for (const value of incoming) {
    const k = key(value);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    added.push(value);
  }
  return added;
}

/** A text joined to another unless it is already in it: notes and needs. */
function joinText(current: string, incoming: string): string | null {
  const add = incoming.trim();
  if (!add || current.includes(add)) return null;
  return current.trim() ? `${current.trim()}\n\n${add}` : add;
}

/** What `incoming` adds to `current` (the person as it stands), and what of it differs and is not taken. */
export function mergePerson(current: PersonFields, incoming: PersonFields): MergeResult {
  const result: MergeResult = { changes: [], kept: [], patch: {} };
  const newEmails = union(current.emails, incoming.emails, emailKey);
  if (newEmails.length > 0) {
    result.patch.emails = [...current.emails, ...newEmails];
    result.changes.push(...newEmails.map((e) => `e-mail ${e}`));
  }
  const newPhones = union(current.phones, incoming.phones, phoneKey);
  if (newPhones.length > 0) {
    result.patch.phones = [...current.phones, ...newPhones];
    result.changes.push(...newPhones.map((p) => `phone ${p}`));
  }
  if (incoming.linkedinUrl && !current.linkedinUrl) {
    result.patch.linkedinUrl = incoming.linkedinUrl;
    result.changes.push("LinkedIn profile");
  }
  for (const field of Object.keys(LABELS) as Single[]) {
    const now = current[field] ?? null;
    const value = incoming[field] ?? null;
    if (!value) continue;
    if (!now) {
      result.patch[field] = value;
      result.changes.push(LABELS[field]);
    } else if (nameKey(now) !== nameKey(value)) {
      result.kept.push(`${LABELS[field]}: kept "${now}" (the file says "${value}")`);
    }
  }
  if (incoming.source && !current.source) {
    result.patch.source = incoming.source;
    result.changes.push("source");
  }
  const strength = incoming.relationshipStrength;
  if (
    strength &&
    strength !== "new" &&
    (!current.relationshipStrength || current.relationshipStrength === "new")
  ) {
    result.patch.relationshipStrength = strength;
    result.changes.push("relationship");
  }
  if (incoming.stayInTouchDays && !current.stayInTouchDays) {
    result.patch.stayInTouchDays = incoming.stayInTouchDays;
    result.changes.push("stay-in-touch cadence");
  }
  const newTags = union(current.tags ?? [], incoming.tags ?? [], nameKey);
  if (newTags.length > 0) {
    result.patch.tags = [...(current.tags ?? []), ...newTags];
    result.changes.push(...newTags.map((t) => `tag ${t}`));
  }
  const notes = joinText(current.notes, incoming.notes);
  if (notes !== null) {
    result.patch.notes = notes;
    result.changes.push("notes");
  }
  const needs = joinText(current.needs ?? "", incoming.needs ?? "");
  if (needs !== null) {
    result.patch.needs = needs;
    result.changes.push("needs");
  }
  return result;
}
