// How imported people meet the ones already here, and each other: the same person only on strong
// evidence (the same LinkedIn profile, e-mail or phone), and then united without losing anything;
// a name alone is a possible duplicate for the user to judge. Pure: the import service applies the
// plan in one transaction.
import { nameKey } from "./contact.js";
import { ValidationError } from "./errors.js";
import { emailKey, mergePerson, type PersonFields, type PersonPatch, phoneKey } from "./import-merge.js";

/** The fields an import can bring, for one person (or one record that cannot become a person). */
export interface IncomingPerson extends PersonFields {
  line: number;
  /** The file it came from, when an import reads several. */
  file?: string;
  /** Why this record cannot become a person (LinkedIn hides the connection, an empty card): skipped. */
  skipReason?: string;
  /** The coffeechat id it was exported from (our own vCards): the same person when it is still here. */
  contactId?: string | null;
}

/** A person already here, as far as matching and merging need. */
export interface ExistingPerson extends PersonFields {
  id: string;
}

export type PlanAction = "new" | "update" | "unchanged" | "duplicate" | "merged" | "skipped";

export interface PlanItem {
  line: number;
  file?: string;
  name: string;
  action: PlanAction;
  /** The contact it matched (update, unchanged) or may duplicate. */
  contactId: string | null;
  /** What an update adds, in words: "title", "e-mail ada@x.org"; for merged, what it adds to the earlier line. */
  changes: string[];
  /** Values in the file that differ from what is kept, and lines that repeat an earlier one. */
  kept: string[];
  /** Why a record is skipped. */
  reason?: string;
  /** For a possible duplicate: whom it may be (someone already here, or an earlier line); `chosen` when
   *  the user said they are the same person, and the line was united with them (update, merged, unchanged). */
  duplicateOf?: DuplicateOf;
  /** For update: the values to write (all the file's lines for that contact together); for new: what
   *  later lines of the same person add to this one's record. */
  patch: PersonPatch;
}

export interface DuplicateOf {
  name: string;
  /** The contact already here, or null for an earlier line of the import. */
  contactId: string | null;
  /** The earlier line, or null for a contact already here. */
  line: number | null;
  file?: string;
  chosen: boolean;
}

/** A line of an import: its number, and its file when the import reads several. */
export interface LineRef {
  line: number;
  file?: string;
}

export interface PlanOptions {
  /** Lines the user says are the same person as the possible duplicate the plan names for them. */
  sameAs?: readonly LineRef[];
}

/** "12", or "Contacts.csv:12": how a line is named in `sameAs` (the CLI's --same-as, the API's ?sameAs=). */
export function formatLineRef(ref: LineRef): string {
  return ref.file ? `${ref.file}:${ref.line}` : String(ref.line);
}

/**
 * Reads "12" or "Contacts.csv:12" (the file before the last colon). Throws a ValidationError naming
 * `field` when it is neither.
 */
export function parseLineRef(text: string, field = "sameAs"): LineRef {
  const trimmed = text.trim();
  const match = /^(?:(.+):)?(\d+)$/.exec(trimmed);
  const line = match ? Number(match[2]) : 0;
  if (!match || line < 1)
    throw new ValidationError(
      `"${trimmed}" is not a line: give its number (12), or the file and number (Contacts.csv:12).`,
      field,
    );
  const file = match[1]?.trim();
  return file ? { line, file } : { line };
}

/** Several lines, separated by commas: "12,Contacts.csv:40". */
export function parseLineRefs(text: string, field = "sameAs"): LineRef[] {
  return text
    .split(",")
    .filter((part) => part.trim() !== "")
    .map((part) => parseLineRef(part, field));
}

export interface ImportPlan {
  items: PlanItem[];
  counts: Record<PlanAction, number>;
}

/** A person as the plan goes: one already here, or one the file adds (from its first line). */
interface Target {
  contactId: string | null;
  /** The item of the line that creates it (new people only). */
  item: PlanItem | null;
  view: PersonFields;
  patch: PersonPatch;
}

/** A phone number is evidence only with enough digits to be someone's: not "112", not "0". */
const MIN_PHONE_DIGITS = 6;

const displayName = (p: PersonFields) =>
  p.firstName && p.lastName ? `${p.firstName} ${p.lastName}` : p.firstName || p.lastName;

class Index {
  readonly byId = new Map<string, Target>();
  readonly byUrl = new Map<string, Target>();
  readonly byEmail = new Map<string, Target>();
  readonly byPhone = new Map<string, Target>();
  readonly byName = new Map<string, Target[]>();

  add(target: Target, fields: PersonFields) {
    if (fields.linkedinUrl && !this.byUrl.has(fields.linkedinUrl)) this.byUrl.set(fields.linkedinUrl, target);
    for (const email of fields.emails)
      if (!this.byEmail.has(emailKey(email))) this.byEmail.set(emailKey(email), target);
    for (const phone of fields.phones) {
      const key = phoneKey(phone);
      if (key.replace("+", "").length >= MIN_PHONE_DIGITS && !this.byPhone.has(key))
        this.byPhone.set(key, target);
    }
  }

  addName(target: Target) {
    const key = nameKey(displayName(target.view));
    if (!key) return;
    const list = this.byName.get(key) ?? [];
    list.push(target);
    this.byName.set(key, list);
  }

  /** The person this record is on strong evidence, with the evidence in words. */
  strongMatch(person: IncomingPerson): { target: Target; because: string } | null {
    const fits = (target: Target | undefined) =>
      target !== undefined && !differentProfiles(target.view, person) ? target : undefined;
    const byId = person.contactId ? fits(this.byId.get(person.contactId)) : undefined;
    if (byId) return { target: byId, because: "the same coffeechat contact" };
    const byUrl = person.linkedinUrl ? fits(this.byUrl.get(person.linkedinUrl)) : undefined;
    if (byUrl) return { target: byUrl, because: "the same LinkedIn profile" };
    for (const email of person.emails) {
      const found = fits(this.byEmail.get(emailKey(email)));
      if (found) return { target: found, because: `the same e-mail ${email}` };
    }
    for (const phone of person.phones) {
      const found = fits(this.byPhone.get(phoneKey(phone)));
      if (found) return { target: found, because: `the same phone ${phone}` };
    }
    return null;
  }
}

/** Two different LinkedIn profiles are two people, whatever else they share. */
const differentProfiles = (a: PersonFields, b: PersonFields) =>
  Boolean(a.linkedinUrl && b.linkedinUrl && a.linkedinUrl !== b.linkedinUrl);

const lineOf = (line: number, file: string | undefined, other: string | undefined) =>
  file && file !== other ? `${file} line ${line}` : `line ${line}`;

/**
 * Matches each incoming record to a person already here or to an earlier line of the file: by
 * coffeechat id, LinkedIn profile, e-mail, then phone. A match is united with the record: what is
 * new is added, what differs from a field already filled is kept as it was and named. A record that
 * shares only the name is a possible duplicate (added separately), unless it brings nothing new, or
 * unless the user says it is the same person (`options.sameAs`): then it is united with the person the
 * plan names for it, as a strong match would be. A line in `sameAs` that is not a possible duplicate
 * is a ValidationError (field `sameAs`).
 */
export function planImport(
  existing: readonly ExistingPerson[],
  incoming: readonly IncomingPerson[],
  options: PlanOptions = {},
): ImportPlan {
  const sameAs = options.sameAs ?? [];
  // A choice names a possible duplicate of the file as it is; choosing one may settle a later one.
  if (sameAs.length > 0) checkSameAs(planImport(existing, incoming).items, sameAs);
  const chosen = (item: { line: number; file?: string }) => sameAs.some((ref) => refersTo(ref, item));
  const index = new Index();
  for (const person of existing) {
    const target: Target = { contactId: person.id, item: null, view: { ...person }, patch: {} };
    index.byId.set(person.id, target);
    index.add(target, person);
    index.addName(target);
  }
  const items: PlanItem[] = [];
  for (const person of incoming) {
    const base = {
      line: person.line,
      ...(person.file ? { file: person.file } : {}),
      name: displayName(person),
    };
    if (person.skipReason) {
      items.push({
        ...base,
        action: "skipped",
        contactId: null,
        changes: [],
        kept: [],
        reason: person.skipReason,
        patch: {},
      });
      continue;
    }
    const strong = index.strongMatch(person);
    if (strong) {
      items.push(unite(index, strong.target, person, base, strong.because));
      continue;
    }
    const similar =
      index.byName.get(nameKey(base.name))?.filter((t) => !differentProfiles(t.view, person)) ?? [];
    const same = similar.find((t) => {
      const merged = mergePerson(t.view, person);
      return merged.changes.length === 0 && merged.kept.length === 0;
    });
    if (same) {
      items.push({
        ...base,
        action: "unchanged",
        contactId: same.contactId,
        changes: [],
        kept: same.item ? [`the same person as ${lineOf(same.item.line, same.item.file, person.file)}`] : [],
        patch: {},
      });
      continue;
    }
    const first = similar[0];
    if (first) {
      const duplicateOf: DuplicateOf = first.item
        ? {
            name: first.item.name,
            contactId: null,
            line: first.item.line,
            ...(first.item.file ? { file: first.item.file } : {}),
            chosen: false,
          }
        : { name: displayName(first.view), contactId: first.contactId, line: null, chosen: false };
      if (chosen(base)) {
        const said = first.item
          ? `you said this is the same person as ${lineOf(first.item.line, first.item.file, person.file)}`
          : `you said this is the same person as ${duplicateOf.name}, already here`;
        items.push({
          ...unite(index, first, person, base, said, true),
          duplicateOf: { ...duplicateOf, chosen: true },
        });
        continue;
      }
      const item: PlanItem = {
        ...base,
        action: "duplicate",
        contactId: first.contactId,
        changes: [],
        kept:
          first.item && !first.contactId
            ? [
                `the same name as ${lineOf(first.item.line, first.item.file, person.file)}, nothing else in common`,
              ]
            : [],
        duplicateOf,
        patch: {},
      };
      items.push(item);
      const target: Target = { contactId: null, item, view: { ...person }, patch: item.patch };
      index.add(target, person);
      index.addName(target);
      continue;
    }
    const item: PlanItem = {
      ...base,
      action: "new",
      contactId: null,
      changes: [],
      kept: [],
      patch: {},
    };
    items.push(item);
    const target: Target = { contactId: null, item, view: { ...person }, patch: item.patch };
    index.add(target, person);
    index.addName(target);
  }
  const counts: Record<PlanAction, number> = {
    new: 0,
    update: 0,
    unchanged: 0,
    duplicate: 0,
    merged: 0,
    skipped: 0,
  };
  for (const item of items) counts[item.action] += 1;
  return { items, counts };
}

/** Whether a line named by the user is this item's (a single file's items carry no file name). */
const refersTo = (ref: LineRef, item: { line: number; file?: string }) =>
  ref.line === item.line && (!ref.file || !item.file || ref.file === item.file);

/** Each line the user names is one possible duplicate of the plan without choices; else a ValidationError. */
function checkSameAs(items: readonly PlanItem[], sameAs: readonly LineRef[]) {
  for (const ref of sameAs) {
    const lines = items.filter((item) => refersTo(ref, item));
    const duplicates = lines.filter((item) => item.action === "duplicate");
    if (duplicates.length > 1)
      throw new ValidationError(
        `Line ${ref.line} is a possible duplicate in several files: name the file too (${duplicates.map(formatLineRef).join(" or ")}).`,
        "sameAs",
      );
    if (duplicates.length === 0) {
      const [line] = lines;
      throw new ValidationError(
        line
          ? `${formatLineRef(ref)} (${line.name || "no name"}) is not a possible duplicate: only a line with the same name as someone else, and nothing else in common, can be said to be the same person.`
          : `${formatLineRef(ref)} is not a line of this import.`,
        "sameAs",
      );
    }
  }
}

/** The record united with the person it was matched to; the item says what it adds. */
function unite(
  index: Index,
  target: Target,
  person: IncomingPerson,
  base: { line: number; file?: string; name: string },
  /** Why it is that person: the evidence ("the same e-mail …"), or the user's word in full. */
  because: string,
  userSaid = false,
): PlanItem {
  const said = userSaid ? because : undefined;
  const merged = mergePerson(target.view, person);
  Object.assign(target.patch, merged.patch);
  Object.assign(target.view, merged.patch);
  index.add(target, target.view);
  if (target.item) {
    const first = target.item;
    return {
      ...base,
      action: "merged",
      contactId: null,
      changes: merged.changes,
      kept: [
        said ?? `the same person as ${lineOf(first.line, first.file, person.file)} (${because})`,
        ...merged.kept,
      ],
      patch: {},
    };
  }
  return {
    ...base,
    action: merged.changes.length > 0 ? "update" : "unchanged",
    contactId: target.contactId,
    changes: merged.changes,
    kept: said ? [said, ...merged.kept] : merged.kept,
    // Every line of one contact carries all of its changes, so that applying the last one writes them all.
    patch: target.patch,
  };
}
