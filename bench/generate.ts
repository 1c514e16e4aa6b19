// A deterministic data generator: the same seed gives the same people, organisations,
// conversations, messages and notes, at any size.
import type SQLite from "better-sqlite3";
import { contactSearchText, contactSortName, nameKey } from "../src/core/contact.js";

/** A small, fast, seeded random number generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Ada",
  "Grace",
  "Katherine",
  "José",
  "Zoë",
  "Jürgen",
  "Amara",
  "Wei",
  "Priya",
  "Omar",
  "Lena",
  "Tomás",
  "Hana",
  "Kofi",
  "Sofia",
  "Mateo",
];
const LAST = [
  "Lovelace",
  "Hopper",
  "Johnson",
  "Müller",
  "Ångström",
  "Smith",
  "Okafor",
  "Chen",
  "Patel",
  "Haddad",
  "Novak",
  "García",
  "Sato",
  "Mensah",
  "Rossi",
  "Silva",
];
const ORGS = [
  "Acme Robotics",
  "Northwind Labs",
  "Globex",
  "Initech",
  "Umbrella Bio",
  "Stark Industries",
  "Wayne Research",
  "Tyrell Corp",
];
const TITLES = [
  "Research scientist",
  "Software engineer",
  "Product manager",
  "Data scientist",
  "Lab manager",
  "Consultant",
  "Postdoc",
  "Director of R&D",
];

export interface GeneratedSizes {
  contacts: number;
  notes: number;
  /** Conversations (default: one for every five contacts), with requests and stage events. */
  conversations?: number;
}

const STAGES = ["to-ask", "asked", "asked", "scheduled", "done", "done", "done", "no-response"] as const;
const TAGS = ["mentor", "alumni", "robotics", "hiring"] as const;

/** Fills a migrated SQLite database for one owner, with prepared statements in one transaction. */
export function generateInto(db: SQLite.Database, ownerId: string, sizes: GeneratedSizes, seed = 42): void {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const now = "2026-11-22T09:00:00.000Z";
  const insertOrg = db.prepare(
    "insert into organizations (id, owner_id, name, name_key, notes, created_at, updated_at) values (?, ?, ?, ?, '', ?, ?)",
  );
  const insertContact = db.prepare(
    `insert into contacts (id, owner_id, first_name, last_name, emails, phones, linkedin_url, organization_id, title,
      source, relationship_strength, search_text, sort_name, created_at, updated_at)
     values (?, ?, ?, ?, ?, '[]', ?, ?, ?, 'linkedin', 'new', ?, ?, ?, ?)`,
  );
  const insertNote = db.prepare(
    `insert into interactions (id, owner_id, contact_id, kind, direction, occurred_at, summary, origin, created_at)
     values (?, ?, ?, 'note', 'mutual', ?, ?, 'bench', ?)`,
  );
  const insertTag = db.prepare(
    "insert into tags (id, owner_id, name, name_key, created_at) values (?, ?, ?, ?, ?)",
  );
  const insertContactTag = db.prepare(
    "insert into contact_tags (owner_id, contact_id, tag_id) values (?, ?, ?)",
  );
  const touch = db.prepare("update contacts set relationship_strength = ?, last_touch_at = ? where id = ?");
  const insertConversation = db.prepare(
    `insert into conversations (id, owner_id, contact_id, kind, stage, stage_changed_at, scheduled_at,
      duration_minutes, thank_you_sent_at, created_at, updated_at)
     values (?, ?, ?, 'company', ?, ?, ?, 30, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    "insert into stage_events (id, owner_id, conversation_id, from_stage, to_stage, at) values (?, ?, ?, null, ?, ?)",
  );
  const insertRequest = db.prepare(
    `insert into messages (id, owner_id, contact_id, conversation_id, channel, direction, purpose, status, sent_at,
      created_at, updated_at) values (?, ?, ?, ?, 'email', 'outbound', 'request', 'sent', ?, ?, ?)`,
  );
  const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
  const uuid = (kind: number, n: number) => `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;
  db.transaction(() => {
    ORGS.forEach((name, i) => {
      insertOrg.run(uuid(1, i), ownerId, name, nameKey(name), now, now);
    });
    for (let i = 0; i < sizes.contacts; i++) {
      const first = pick(FIRST);
      const last = `${pick(LAST)}${i % 7 === 0 ? "" : ` ${i}`}`;
      const orgIndex = Math.floor(random() * ORGS.length);
      const title = pick(TITLES);
      const email = `${nameKey(first)}.${i}@example.org`;
      insertContact.run(
        uuid(2, i),
        ownerId,
        first,
        last,
        JSON.stringify([email]),
        `https://www.linkedin.com/in/person-${i}`,
        uuid(1, orgIndex),
        title,
        contactSearchText({
          firstName: first,
          lastName: last,
          emails: [email],
          title,
          organization: ORGS[orgIndex] ?? null,
          location: null,
        }),
        contactSortName(first, last),
        now,
        now,
      );
    }
    TAGS.forEach((name, t) => {
      insertTag.run(uuid(4, t), ownerId, name, nameKey(name), now);
    });
    const day = (n: number) => new Date(Date.parse(now) - n * 86_400_000).toISOString();
    for (let i = 0; i < sizes.contacts; i++) {
      // One in ten is a mentor, one in three has another tag; one in four has been in touch.
      if (i % 10 === 0) insertContactTag.run(ownerId, uuid(2, i), uuid(4, 0));
      if (i % 3 === 0) insertContactTag.run(ownerId, uuid(2, i), uuid(4, 1 + (i % (TAGS.length - 1))));
      if (i % 4 === 0)
        touch.run(pick(["acquaintance", "warm", "close"]), day(Math.floor(random() * 400)), uuid(2, i));
    }
    const conversations = sizes.conversations ?? Math.floor(sizes.contacts / 5);
    for (let n = 0; n < conversations; n++) {
      const contact = uuid(2, (n * 5 + 1) % sizes.contacts);
      const stage = STAGES[n % STAGES.length] ?? "asked";
      const changed = day(Math.floor(random() * 60));
      const scheduled = stage === "scheduled" ? day(-Math.floor(random() * 30)) : null;
      const thanked = stage === "done" && n % 10 !== 0 ? changed : null;
      insertConversation.run(
        uuid(5, n),
        ownerId,
        contact,
        stage,
        changed,
        scheduled,
        thanked,
        changed,
        changed,
      );
      insertEvent.run(uuid(6, n), ownerId, uuid(5, n), stage, changed);
      if (stage === "asked")
        insertRequest.run(uuid(7, n), ownerId, contact, uuid(5, n), changed, changed, changed);
    }
    for (let i = 0; i < sizes.notes; i++) {
      const day = Math.floor(random() * 900);
      insertNote.run(
        uuid(3, i),
        ownerId,
        uuid(2, Math.floor(random() * sizes.contacts)),
        new Date(Date.parse("2024-01-01T00:00:00Z") + day * 86_400_000).toISOString(),
        `Talked about ${pick(TITLES).toLowerCase()} work`,
        now,
      );
    }
  })();
}
