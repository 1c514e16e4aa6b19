import { type ExpressionBuilder, type Kysely, type Selectable, sql } from "kysely";
import { type Contact, fullName, nameKey } from "../core/contact.js";
import type { ContactSource, RelationshipStrength } from "../core/contact-fields.js";
import type { Page } from "../core/page.js";
import { decodeCursor, encodeCursor, likePattern } from "./paging.js";
import type { ContactsTable, Database } from "./schema.js";
import { tagsOfContacts } from "./tags.repository.js";

type ContactRow = Selectable<ContactsTable> & { organization_name: string | null };

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function toContact(row: ContactRow, tags: string[]): Contact {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    fullName: fullName(row.first_name, row.last_name),
    emails: parseList(row.emails),
    phones: parseList(row.phones),
    linkedinUrl: row.linkedin_url,
    organizationId: row.organization_id,
    organization: row.organization_name,
    title: row.title,
    location: row.location,
    timeZone: row.time_zone,
    source: row.source as ContactSource | null,
    sourceDetail: row.source_detail,
    introducedById: row.introduced_by_id,
    mayMentionIntroducer: row.may_mention_introducer === null ? null : row.may_mention_introducer === 1,
    relationshipStrength: row.relationship_strength as RelationshipStrength,
    tags,
    needs: row.needs,
    notes: row.notes,
    lastTouchAt: row.last_touch_at,
    nextTouchAt: row.next_touch_at,
    stayInTouchDays: row.stay_in_touch_days,
    archived: row.archived_at !== null,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectContacts(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom("contacts")
    .leftJoin("organizations as o", "o.id", "contacts.organization_id")
    .selectAll("contacts")
    .select("o.name as organization_name")
    .where("contacts.owner_id", "=", ownerId);
}

async function withTags(db: Kysely<Database>, ownerId: string, rows: ContactRow[]): Promise<Contact[]> {
  const tags = await tagsOfContacts(
    db,
    ownerId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toContact(row, tags.get(row.id) ?? []));
}

export async function findContact(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
): Promise<Contact | undefined> {
  const row = await selectContacts(db, ownerId).where("contacts.id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const [contact] = await withTags(db, ownerId, [row]);
  return contact;
}

export async function contactExists(db: Kysely<Database>, ownerId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom("contacts")
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row !== undefined;
}

export type ContactRowValues = Omit<ContactsTable, "id" | "owner_id" | "created_at" | "updated_at">;

export async function insertContact(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  values: ContactRowValues,
  now: string,
): Promise<void> {
  await db
    .insertInto("contacts")
    .values({ ...values, id, owner_id: ownerId, created_at: now, updated_at: now })
    .execute();
}

export async function updateContactRow(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  patch: Partial<ContactRowValues>,
  now: string,
): Promise<void> {
  await db
    .updateTable("contacts")
    .set({ ...patch, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
}

/** The raw rows of an organisation's contacts, to refresh what depends on its name. */
export async function contactRowsOfOrganization(
  db: Kysely<Database>,
  ownerId: string,
  organizationId: string,
): Promise<Selectable<ContactsTable>[]> {
  return db
    .selectFrom("contacts")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("organization_id", "=", organizationId)
    .execute();
}

export type ContactSortKey = "name" | "created" | "updated";

export interface ContactFilter {
  terms?: string[] | undefined;
  tag?: string | undefined;
  source?: string | undefined;
  organizationId?: string | undefined;
  archived: "false" | "true" | "all";
  sort: ContactSortKey;
  descending: boolean;
  limit: number;
  cursor?: string | undefined;
}

const SORT_COLUMNS = {
  name: "contacts.sort_name",
  created: "contacts.created_at",
  updated: "contacts.updated_at",
} as const;

const SORT_VALUES = {
  name: (row: ContactRow) => row.sort_name,
  created: (row: ContactRow) => row.created_at,
  updated: (row: ContactRow) => row.updated_at,
} as const;

export async function listContacts(
  db: Kysely<Database>,
  ownerId: string,
  filter: ContactFilter,
): Promise<Page<Contact>> {
  let query = selectContacts(db, ownerId);
  if (filter.archived === "false") query = query.where("contacts.archived_at", "is", null);
  if (filter.archived === "true") query = query.where("contacts.archived_at", "is not", null);
  for (const term of filter.terms ?? []) {
    query = query.where(sql<boolean>`contacts.search_text like ${likePattern(term)} escape '\\'`);
  }
  if (filter.source) query = query.where("contacts.source", "=", filter.source);
  if (filter.organizationId) query = query.where("contacts.organization_id", "=", filter.organizationId);
  if (filter.tag) {
    const tagKey = nameKey(filter.tag);
    query = query.where((eb: ExpressionBuilder<Database, "contacts">) =>
      eb.exists(
        eb
          .selectFrom("contact_tags as ct")
          .innerJoin("tags as t", "t.id", "ct.tag_id")
          .select("ct.tag_id")
          .whereRef("ct.contact_id", "=", "contacts.id")
          .where("t.name_key", "=", tagKey),
      ),
    );
  }

  const countRow = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();

  const column = SORT_COLUMNS[filter.sort];
  const direction = filter.descending ? "desc" : "asc";
  if (filter.cursor) {
    const { value, id } = decodeCursor(filter.cursor);
    const beyond = filter.descending ? "<" : ">";
    query = query.where((eb) =>
      eb.or([eb(column, beyond, value), eb.and([eb(column, "=", value), eb("contacts.id", beyond, id)])]),
    );
  }
  const rows = await query
    .orderBy(column, direction)
    .orderBy("contacts.id", direction)
    .limit(filter.limit + 1)
    .execute();
  const pageRows = rows.slice(0, filter.limit);
  const last = pageRows.at(-1);
  return {
    items: await withTags(db, ownerId, pageRows),
    nextCursor:
      rows.length > filter.limit && last
        ? encodeCursor({ value: SORT_VALUES[filter.sort](last), id: last.id })
        : null,
    total: Number(countRow?.n ?? 0),
  };
}
