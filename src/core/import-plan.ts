// How imported people meet the ones already here, and each other: the same person only on strong
// evidence (the same LinkedIn profile, e-mail or phone), and then united without losing anything;
// a name alone is a possible duplicate for the user to judge. Pure: the import service applies the
// plan in one transaction.
import { nameKey } from "./contact.js";
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
  /** For update: the values to write (all the file's lines for that contact together); for new: what
   *  later lines of the same person add to this one's record. */
  patch: PersonPatch;
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
 * shares only the name is a possible duplicate (added separately), unless it brings nothing new.
 */
export function planImport(
  existing: readonly ExistingPerson[],
  incoming: readonly IncomingPerson[],
): ImportPlan {
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
    const item: PlanItem = {
      ...base,
      action: first ? "duplicate" : "new",
      contactId: first?.contactId ?? null,
      changes: [],
      kept:
        first?.item && !first.contactId
          ? [
              `the same name as ${lineOf(first.item.line, first.item.file, person.file)}, nothing else in common`,
            ]
          : [],
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

/** The record united with the person it was matched to; the item says what it adds. */
function unite(
  index: Index,
  target: Target,
  person: IncomingPerson,
  base: { line: number; file?: string; name: string },
  because: string,
): PlanItem {
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
        `the same person as ${lineOf(first.line, first.file, person.file)} (${because})`,
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
    kept: merged.kept,
    // Every line of one contact carries all of its changes, so that applying the last one writes them all.
    patch: target.patch,
  };
}
