import { type ExpressionBuilder, type Kysely, type Selectable, type SqlBool, sql } from "kysely";
import { type Contact, contactSearchText, contactSortName, fullName, nameKey } from "../core/contact.js";
import type { ContactValues } from "../core/contact.schema.js";
import type { ContactSource, RelationshipStrength } from "../core/contact-fields.js";
import type { Page } from "../core/page.js";
import { searchKey } from "../core/text.js";
import { compiledOnce } from "./compiled-once.js";
import { contactSearchConditions, indexMatchesAtMost } from "./contact-search.js";
import { cachedCount, cachedRead } from "./count-cache.js";
import { countUpTo } from "./count-up-to.js";
import type { ScopedDatabase } from "./owned-tables.js";
import { decodeCursor, encodeCursor } from "./paging.js";
import { Repository } from "./repository.js";
import type { ContactsTable } from "./schema.js";
import { TagsRepository, tagNamesColumn, tagNamesFrom } from "./tags.repository.js";

type ContactRow = Selectable<ContactsTable> & { organization_name: string | null };

/** A contact row's columns, as inserted (the owner scope adds `owner_id`). */
export type ContactRowValues = Omit<ContactsTable, "owner_id" | "touch_due_at">;

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

/** The row ↔ contact mapping, in one place: the contact of a row... */
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

/** ...and the row of a contact, with its search and sort keys. */
export function contactRow(id: string, values: ContactValues, now: { createdAt: string; updatedAt: string }) {
  return {
    id,
    first_name: values.firstName,
    last_name: values.lastName,
    emails: JSON.stringify(values.emails),
    phones: JSON.stringify(values.phones),
    linkedin_url: values.linkedinUrl,
    organization_id: values.organizationId,
    title: values.title,
    location: values.location,
    time_zone: values.timeZone,
    source: values.source,
    source_detail: values.sourceDetail,
    introduced_by_id: values.introducedById,
    may_mention_introducer: flag(values.mayMentionIntroducer),
    relationship_strength: values.relationshipStrength,
    needs: values.needs,
    notes: values.notes,
    last_touch_at: values.lastTouchAt,
    next_touch_at: values.nextTouchAt,
    stay_in_touch_days: values.stayInTouchDays,
    archived_at: values.archivedAt,
    search_text: contactSearchText(values),
    sort_name: contactSortName(values.firstName, values.lastName),
    created_at: now.createdAt,
    updated_at: now.updatedAt,
  } satisfies ContactRowValues;
}

function valuesOf(contact: Contact): ContactValues {
  const { id: _id, fullName: _f, tags: _t, archived: _a, createdAt: _c, updatedAt: _u, ...values } = contact;
  return values;
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

/** Up to this many matches, a search on PostgreSQL reads every match and sorts them (see list). */
const SORT_MATCHES_UP_TO = 10_000;

/** Contacts (by rowid) a count on SQLite reads before it lets other requests run (see countMatching). */
const COUNT_SLICE = 5_000;

/** Up to this many matches in the search index, SQLite counts a search's matches at once (see countMatching). */
const COUNT_MATCHES_AT_ONCE = 2_000;

/** Up to this many matches, a search on SQLite reads its matches and sorts them (see list). */
const READ_MATCHES_UP_TO = 1_000;

/** Contacts in name order one statement of a warm-up reads (see warmNameOrder). */
const WARM_SLICE = 2_000;

/** From this many members on, a tag filter walks the sort order (see list). */
const DENSE_TAG = 500;

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

/** Contacts with their organisation's name: every read of a contact starts here. */
function selectContacts(db: Kysely<ScopedDatabase>) {
  return db
    .selectFrom("contacts")
    .leftJoin("organizations as o", "o.id", "contacts.organization_id")
    .selectAll("contacts")
    .select("o.name as organization_name");
}

/** One contact with its tags, in one statement: the most frequent read, compiled once per dialect. */
const contactById = compiledOnce((db, dialect, id: string) =>
  selectContacts(db).select(tagNamesColumn(dialect)).where("contacts.id", "=", id),
);

export class ContactsRepository extends Repository {
  private get tags() {
    return new TagsRepository(this.scope);
  }

  private select() {
    return selectContacts(this.db);
  }

  private async withTags(rows: ContactRow[]): Promise<Contact[]> {
    const tags = await this.tags.ofContacts(rows.map((row) => row.id));
    return rows.map((row) => toContact(row, tags.get(row.id) ?? []));
  }

  async find(id: string): Promise<Contact | undefined> {
    const [row] = await contactById(this.scope, id);
    return row && toContact(row, tagNamesFrom(row.tag_names));
  }

  async exists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom("contacts").select("id").where("id", "=", id).executeTakeFirst();
    return row !== undefined;
  }

  /** Adds a contact with its tags. */
  async create(id: string, values: ContactValues, tags: readonly string[], now: string): Promise<void> {
    await this.db
      .insertInto("contacts")
      .values(contactRow(id, values, { createdAt: now, updatedAt: now }))
      .execute();
    await this.tags.setOnContact(id, tags, now);
  }

  /** Changes some of a contact's fields (and its tags, when given); false when there is no such contact. */
  async update(
    id: string,
    patch: Partial<ContactValues>,
    now: string,
    tags?: readonly string[],
  ): Promise<boolean> {
    const current = await this.find(id);
    if (!current) return false;
    const {
      id: _id,
      created_at: _c,
      ...row
    } = contactRow(id, { ...valuesOf(current), ...patch }, { createdAt: current.createdAt, updatedAt: now });
    await this.db.updateTable("contacts").set(row).where("id", "=", id).execute();
    if (tags !== undefined) await this.tags.setOnContact(id, tags, now);
    return true;
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom("contacts").where("id", "=", id).execute();
  }

  /** Records the conversation in which their introducer suggested them (a referral added there). */
  async markReferredIn(id: string, conversationId: string): Promise<void> {
    await this.db
      .updateTable("contacts")
      .set({ introduced_in_conversation_id: conversationId })
      .where("id", "=", id)
      .execute();
  }

  /**
   * The people suggested in a conversation: introduced by the person it is with, and added there;
   * by name.
   */
  async referredIn(conversationId: string, introducerId: string): Promise<Contact[]> {
    const rows = await this.select()
      .where("contacts.introduced_by_id", "=", introducerId)
      .where("contacts.introduced_in_conversation_id", "=", conversationId)
      .orderBy("contacts.sort_name")
      .orderBy("contacts.id")
      .execute();
    return this.withTags(rows);
  }

  /** The ids of an organisation's contacts. */
  async idsAtOrganization(organizationId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("contacts")
      .select("id")
      .where("organization_id", "=", organizationId)
      .execute();
    return rows.map((row) => row.id);
  }

  /** The contact with this (normalised) LinkedIn profile address, if any. */
  async idByProfile(profileUrl: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("contacts")
      .select("id")
      .where("linkedin_url", "=", profileUrl)
      .executeTakeFirst();
    return row?.id;
  }

  /** The first contact with this e-mail address (compared without case), if any. */
  async idByEmail(email: string): Promise<string | undefined> {
    const wanted = email.trim().toLowerCase();
    const rows = await this.db
      .selectFrom("contacts")
      .select(["id", "emails"])
      .where((eb) => eb.and(contactSearchConditions(this.scope.dialect, [searchKey(wanted)])))
      .execute();
    return rows.find((row) => parseList(row.emails).some((e) => e.toLowerCase() === wanted))?.id;
  }

  /**
   * A page of contacts in one of the sort orders, each served by an index ending in the sort
   * column and the id; the total is counted on the first page only (without joins, and once until
   * the data changes, see count-cache.ts) and carried by the cursor.
   */
  async list(filter: ContactFilter): Promise<Page<Contact>> {
    const position = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    const { cursor: _cursor, limit: _limit, sort: _sort, descending: _descending, ...filters } = filter;
    // A tag many people have is found soonest by walking the sort order and checking each
    // contact's tags; a rare one by reading its few members and sorting them.
    const [total, dense] = await Promise.all([
      position?.total ??
        cachedCount(this.scope, `contacts:${this.scope.ownerId}:${JSON.stringify(filters)}`, () =>
          this.countMatching(filter),
        ),
      filter.tag !== undefined && this.tagMembers(filter.tag).then((members) => members >= DENSE_TAG),
    ]);
    const column = SORT_COLUMNS[filter.sort];
    const direction = filter.descending ? "desc" : "asc";
    // SQLite reads a search's few matches from its index and sorts them, but walks the sort order
    // when they are many (reading thousands of whole rows to sort them would hold up the server).
    const walkOrder = this.scope.dialect === "sqlite" && total > READ_MATCHES_UP_TO;
    let page = this.matching(filter, dense, walkOrder);
    if (position) {
      const beyond = filter.descending ? "<" : ">";
      page = page.where((eb) =>
        eb(eb.refTuple(column, "contacts.id"), beyond, eb.tuple(position.value, position.id)),
      );
    }
    // PostgreSQL walks the sort order and checks every contact's text for a search (its trigram
    // index has no order), which at 100,000 contacts reads most of them when the matches sit
    // together in that order (a surname); when the matches are few (the total says), they are
    // read through the trigram index and sorted. The sort key is the same value, hidden from the
    // planner so it cannot walk the index.
    const sortMatches =
      this.scope.dialect === "postgres" && (filter.terms?.length ?? 0) > 0 && total <= SORT_MATCHES_UP_TO;
    const rows = await page
      .leftJoin("organizations as o", "o.id", "contacts.organization_id")
      .selectAll("contacts")
      .select("o.name as organization_name")
      .orderBy(
        sortMatches ? sql`coalesce(${sql.ref(column)}, ${sql.ref(column)})` : sql.ref(column),
        direction,
      )
      .orderBy("contacts.id", direction)
      .limit(filter.limit + 1)
      .execute();
    const pageRows = rows.slice(0, filter.limit);
    const last = pageRows.at(-1);
    return {
      items: await this.withTags(pageRows),
      nextCursor:
        rows.length > filter.limit && last
          ? encodeCursor({ value: SORT_VALUES[filter.sort](last), id: last.id, total })
          : null,
      total,
    };
  }

  /**
   * Reads the name order of the people not archived (the index the contact list and a broad
   * search walk) a slice at a time, letting other requests run between slices, so that it is in
   * the database's cache before someone searches. A first search read from disk instead holds
   * every other request of a SQLite server (one thread) for as long as the walk takes. Stops when
   * `stopped()` says so; returns how many slices it read.
   */
  async warmNameOrder(stopped: () => boolean): Promise<number> {
    let after: { sort_name: string; id: string } | undefined;
    let slices = 0;
    while (!stopped()) {
      let slice = this.db
        .selectFrom("contacts")
        .select(["contacts.sort_name", "contacts.id"])
        .where("contacts.archived_at", "is", null);
      if (after) {
        const from = after;
        slice = slice.where((eb) =>
          eb(eb.refTuple("contacts.sort_name", "contacts.id"), ">", eb.tuple(from.sort_name, from.id)),
        );
      }
      // The last key of the slice: reaching it reads every entry before it.
      after = await slice
        .orderBy("contacts.sort_name")
        .orderBy("contacts.id")
        .limit(1)
        .offset(WARM_SLICE - 1)
        .executeTakeFirst();
      slices++;
      if (!after) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return slices;
  }

  /**
   * How many contacts match a list's filters. SQLite counts on the server's own thread, where a
   * count of tens of thousands of matches would hold up every other request for as long: it counts
   * a slice of the contacts at a time (by rowid, each contact checked against the filters, as a
   * dense tag is) and lets other requests run between slices. Inside a transaction, where other
   * requests' statements must not interleave, and on PostgreSQL, it counts in one statement.
   */
  private async countMatching(filter: ContactFilter): Promise<number> {
    const count = async (query: ReturnType<ContactsRepository["matching"]>) =>
      Number(
        (await query.select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirst())?.n ?? 0,
      );
    const sqlite = this.scope.sqlite;
    if (!sqlite || sqlite.inTransaction) return count(this.matching(filter));
    // A search the index matches a few thousand times at most is counted from those matches at once.
    const matches = indexMatchesAtMost(sqlite, filter.terms ?? []);
    if (matches !== undefined && matches <= COUNT_MATCHES_AT_ONCE) return count(this.matching(filter, true));
    // The highest rowid of the table (any owner's): only where the slices end, read from the end of
    // the table's own b-tree.
    const last = Number(
      (sqlite.prepare("select max(rowid) as last from contacts").get() as { last: number | null }).last ?? 0,
    );
    let total = 0;
    for (let from = 0; from < last; from += COUNT_SLICE) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      const rowids = { after: from, upTo: from + COUNT_SLICE };
      total += await count(
        this.matching(filter, true, true, rowids).where(
          sql<SqlBool>`contacts.rowid > ${rowids.after} and contacts.rowid <= ${rowids.upTo}`,
        ),
      );
    }
    return total;
  }

  /**
   * How many contacts have this tag, up to DENSE_TAG; on PostgreSQL, where each statement is a
   * round trip to the server, kept until the owner's data changes.
   */
  private tagMembers(tag: string): Promise<number> {
    const members = this.db
      .selectFrom("contact_tags as ct")
      .innerJoin("tags as t", "t.id", "ct.tag_id")
      .select("ct.contact_id")
      .where("t.name_key", "=", nameKey(tag));
    const count = () => countUpTo(this.db, members, DENSE_TAG);
    return this.scope.dialect === "postgres"
      ? cachedRead(this.scope, `tag-members:${this.scope.ownerId}:${nameKey(tag)}`, count)
      : count();
  }

  /** The contacts a list's filters select, without a column chosen yet. */
  private matching(
    filter: ContactFilter,
    denseTag = false,
    walkOrder = false,
    rowids?: { after: number; upTo: number },
  ) {
    let query = this.db.selectFrom("contacts");
    if (filter.archived === "false") query = query.where("contacts.archived_at", "is", null);
    if (filter.archived === "true") query = query.where("contacts.archived_at", "is not", null);
    for (const condition of contactSearchConditions(this.scope.dialect, filter.terms ?? [], {
      filterOnly: walkOrder,
      rowids,
    })) {
      query = query.where(condition);
    }
    if (filter.source) query = query.where("contacts.source", "=", filter.source);
    if (filter.organizationId) query = query.where("contacts.organization_id", "=", filter.organizationId);
    if (filter.tag) {
      const tagKey = nameKey(filter.tag);
      query = query.where((eb: ExpressionBuilder<ScopedDatabase, "contacts">) => {
        const members = eb
          .selectFrom("contact_tags as ct")
          .innerJoin("tags as t", "t.id", "ct.tag_id")
          .select("ct.contact_id")
          .where("t.name_key", "=", tagKey);
        return denseTag
          ? eb.exists(members.whereRef("ct.contact_id", "=", "contacts.id"))
          : eb("contacts.id", "in", members);
      });
    }
    return query;
  }
}
