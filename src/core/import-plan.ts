// How imported people meet the ones already here: match, fill what is empty, never overwrite what
// the user wrote, and say so. Pure: the import service applies the plan in one transaction.
import { nameKey } from "./contact.js";

/** The fields an import can bring, for one person. */
export interface IncomingPerson {
  line: number;
  firstName: string;
  lastName: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string | null;
  organization: string | null;
  title: string | null;
  location: string | null;
  notes: string;
}

/** A person already here, as far as matching and merging need. */
export interface ExistingPerson {
  id: string;
  firstName: string;
  lastName: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string | null;
  organization: string | null;
  title: string | null;
  location: string | null;
  notes: string;
}

export type PlanAction = "new" | "update" | "unchanged" | "duplicate";

export interface PlanItem {
  line: number;
  name: string;
  action: PlanAction;
  /** The contact it matched (update, unchanged) or may duplicate. */
  contactId: string | null;
  /** What an update adds, in words: "title", "e-mail ada@x.org". */
  changes: string[];
  /** Values in the file that differ from what the user wrote, kept as the user wrote them. */
  kept: string[];
  /** For update: the values to write. */
  patch: Partial<Omit<IncomingPerson, "line">>;
}

export interface ImportPlan {
  items: PlanItem[];
  counts: Record<PlanAction, number>;
}

const emailKey = (email: string) => email.trim().toLowerCase();
const phoneKey = (phone: string) => phone.replace(/[^0-9+]/g, "");
const personKey = (p: { firstName: string; lastName: string }) => nameKey(`${p.firstName} ${p.lastName}`);

function fillOrKeep(
  field: "title" | "organization" | "location",
  label: string,
  current: string | null,
  incoming: string | null,
  item: Pick<PlanItem, "changes" | "kept" | "patch">,
) {
  if (!incoming) return;
  if (!current) {
    item.patch[field] = incoming;
    item.changes.push(label);
  } else if (nameKey(current) !== nameKey(incoming)) {
    item.kept.push(`${label}: kept "${current}" (the file says "${incoming}")`);
  }
}

function mergeInto(
  existing: ExistingPerson,
  incoming: IncomingPerson,
): Pick<PlanItem, "changes" | "kept" | "patch"> {
  const item: Pick<PlanItem, "changes" | "kept" | "patch"> = { changes: [], kept: [], patch: {} };
  const emails = new Set(existing.emails.map(emailKey));
  const newEmails = incoming.emails.filter((e) => !emails.has(emailKey(e)));
  if (newEmails.length > 0) {
    item.patch.emails = [...existing.emails, ...newEmails];
    item.changes.push(...newEmails.map((e) => `e-mail ${e}`));
  }
  const phones = new Set(existing.phones.map(phoneKey));
  const newPhones = incoming.phones.filter((p) => !phones.has(phoneKey(p)));
  if (newPhones.length > 0) {
    item.patch.phones = [...existing.phones, ...newPhones];
    item.changes.push(...newPhones.map((p) => `phone ${p}`));
  }
  if (incoming.linkedinUrl && !existing.linkedinUrl) {
    item.patch.linkedinUrl = incoming.linkedinUrl;
    item.changes.push("LinkedIn profile");
  }
  fillOrKeep("organization", "organisation", existing.organization, incoming.organization, item);
  fillOrKeep("title", "title", existing.title, incoming.title, item);
  fillOrKeep("location", "location", existing.location, incoming.location, item);
  if (incoming.notes.trim() && !existing.notes.includes(incoming.notes.trim())) {
    item.patch.notes = existing.notes.trim()
      ? `${existing.notes.trim()}\n\n${incoming.notes.trim()}`
      : incoming.notes.trim();
    item.changes.push("notes");
  }
  return item;
}

/** The person already known by the first of these e-mails that matches. */
function byFirstEmail(byEmail: Map<string, ExistingPerson>, emails: readonly string[]) {
  for (const email of emails) {
    const found = byEmail.get(emailKey(email));
    if (found) return found;
  }
  return undefined;
}

/** An earlier line of the same file, as later lines match against it. */
function lineEntry(person: IncomingPerson): ExistingPerson {
  return {
    id: `line:${person.line}`,
    firstName: person.firstName,
    lastName: person.lastName,
    emails: person.emails,
    phones: person.phones,
    linkedinUrl: person.linkedinUrl,
    organization: person.organization,
    title: person.title,
    location: person.location,
    notes: person.notes,
  };
}

/** A person found by name, unless both have LinkedIn profiles and they differ: then it is someone else. */
function sameName(person: IncomingPerson, other: ExistingPerson | undefined): ExistingPerson | undefined {
  return other && !(other.linkedinUrl && person.linkedinUrl && other.linkedinUrl !== person.linkedinUrl)
    ? other
    : undefined;
}

/**
 * Matches each incoming person to one already here: by LinkedIn profile, then e-mail, then name
 * and organisation. A match is updated only where the user left a field empty. A person who
 * matches only by name (with another or no organisation) is a possible duplicate, not merged.
 * People repeated inside the file are matched against the earlier lines too.
 */
export function planImport(
  existing: readonly ExistingPerson[],
  incoming: readonly IncomingPerson[],
): ImportPlan {
  const byUrl = new Map<string, ExistingPerson>();
  const byEmail = new Map<string, ExistingPerson>();
  const byNameOrg = new Map<string, ExistingPerson>();
  const byName = new Map<string, ExistingPerson>();
  // Keys are the costly part (case and accent folding), and organisations repeat: fold each once.
  const orgKeys = new Map<string, string>();
  const orgKey = (organization: string | null) => {
    if (!organization) return "";
    let key = orgKeys.get(organization);
    if (key === undefined) {
      key = nameKey(organization);
      orgKeys.set(organization, key);
    }
    return key;
  };
  const keysOf = (p: { firstName: string; lastName: string; organization: string | null }) => {
    const name = personKey(p);
    return { name, nameOrg: `${name}|${orgKey(p.organization)}` };
  };
  const index = (person: ExistingPerson, keys = keysOf(person)) => {
    if (person.linkedinUrl) byUrl.set(person.linkedinUrl, person);
    for (const email of person.emails) byEmail.set(emailKey(email), person);
    byNameOrg.set(keys.nameOrg, person);
    byName.set(keys.name, person);
  };
  for (const person of existing) index(person);

  const items: PlanItem[] = new Array(incoming.length);
  let at = 0;
  for (const person of incoming) {
    const name =
      person.firstName && person.lastName
        ? `${person.firstName} ${person.lastName}`
        : person.firstName || person.lastName;
    const keys = keysOf(person);
    const match =
      (person.linkedinUrl ? byUrl.get(person.linkedinUrl) : undefined) ??
      byFirstEmail(byEmail, person.emails) ??
      sameName(person, byNameOrg.get(keys.nameOrg));
    if (match?.id.startsWith("line:")) {
      items[at++] = {
        line: person.line,
        name,
        action: "unchanged",
        contactId: null,
        changes: [],
        kept: [`the same person as line ${match.id.slice(5)}`],
        patch: {},
      };
      continue;
    }
    if (match) {
      const merged = mergeInto(match, person);
      items[at++] = {
        line: person.line,
        name,
        action: merged.changes.length > 0 ? "update" : "unchanged",
        contactId: match.id,
        ...merged,
      };
      if (merged.changes.length > 0) index({ ...match, ...(merged.patch as Partial<ExistingPerson>) });
      continue;
    }
    const similar = sameName(person, byName.get(keys.name));
    items[at++] = {
      line: person.line,
      name,
      action: similar ? "duplicate" : "new",
      contactId: similar?.id ?? null,
      changes: [],
      kept: [],
      patch: {},
    };
    index(lineEntry(person), keys);
  }
  const counts: Record<PlanAction, number> = { new: 0, update: 0, unchanged: 0, duplicate: 0 };
  for (const item of items) counts[item.action] += 1;
  return { items, counts };
}
