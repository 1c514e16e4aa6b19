// A user's rows, table by table, for the JSON backup and its restore. Which tables are backed up
// is decided here for every table of the schema (a Record over the schema's tables, so a new table
// does not compile until it is placed), and a test checks the list against the live database.
import { bulkInsert } from "./bulk-insert.js";
import { Repository } from "./repository.js";
import type { Database } from "./schema.js";

/** The user's tables in the backup, parents before children, so that a restore inserts in order. */
export const BACKED_UP_TABLES = [
  "organizations",
  "contacts",
  "tags",
  "contact_tags",
  "goals",
  "conversations",
  "conversation_goals",
  "stage_events",
  "templates",
  "messages",
  "interactions",
  "tasks",
  "questions",
  "conversation_questions",
  "insights",
  "exchanges",
  "snoozes",
] as const satisfies readonly (keyof Database)[];
export type BackupTable = (typeof BACKED_UP_TABLES)[number];

/** Every table that is not in the backup's table lists, with the reason. */
export const LEFT_OUT_OF_BACKUP = {
  users:
    "The user's own row is not copied whole: its name, time zone, introduction and settings are the backup's `user`; the mail server's password is never written to a file.",
  feed_tokens:
    "A calendar feed address is a secret credential; a restored copy makes a new one rather than reviving an old one.",
  centre_roles: "A role at the career centre is given by the centre, not carried by a person's backup.",
  cohorts: "A cohort belongs to the centre and its advisor, not to one person's backup.",
  cohort_members:
    "Joining a cohort and what one shares with it is decided again in each place; a backup never shares on its own.",
  advisor_reads: "The record of an advisor's reads stays with the centre that kept it.",
  search_documents:
    "The search index is drawn from the other tables by the database itself; a restore fills it again as rows go in.",
  auth_sessions: "A signed-in browser belongs to the place it signed in to; a restore never signs anyone in.",
  auth_accounts:
    "Passwords and identity-provider links are credentials of one place, never carried in a file.",
  auth_verifications: "One-time codes (password resets) expire within the hour and name no one's data.",
  auth_rate_limits: "Counts of sign-in attempts per address protect the server, not a person's data.",
  alumni_profiles: "A directory profile is published to one centre; it is written again there, not carried.",
  alumni_requests: "Requests received through a centre's directory are counted by that centre alone.",
} as const satisfies Partial<Record<keyof Database, string>>;

/**
 * Tables the database derives from others: SQLite's contact search index (contacts_fts and its
 * shadow tables), the search-everything index (search_fts) and PostgreSQL's per-owner data
 * versions (owner_data_versions, which let cached counts be reused), kept by triggers. Never
 * backed up; a restore fills them again as rows go in.
 */
export function isDerivedTable(name: string): boolean {
  return (
    name === "contacts_fts" ||
    name.startsWith("contacts_fts_") ||
    name === "search_fts" ||
    name.startsWith("search_fts_") ||
    name === "owner_data_versions"
  );
}

// Each table is either backed up or left out with a reason: this fails to compile otherwise.
const _everyTablePlaced: Record<keyof Database, true> = {
  ...Object.fromEntries(BACKED_UP_TABLES.map((t) => [t, true])),
  ...Object.fromEntries(Object.keys(LEFT_OUT_OF_BACKUP).map((t) => [t, true])),
} as Record<BackupTable | keyof typeof LEFT_OUT_OF_BACKUP, true>;
void _everyTablePlaced;

/** Each backed-up table's key, in the order pages of the backup walk it (`key > last`). */
export const BACKUP_KEYS = {
  organizations: ["id"],
  contacts: ["id"],
  tags: ["id"],
  contact_tags: ["contact_id", "tag_id"],
  goals: ["id"],
  conversations: ["id"],
  conversation_goals: ["conversation_id", "goal_id"],
  stage_events: ["id"],
  templates: ["id"],
  messages: ["id"],
  interactions: ["id"],
  tasks: ["id"],
  questions: ["id"],
  conversation_questions: ["id"],
  insights: ["id"],
  exchanges: ["id"],
  snoozes: ["item_key"],
} as const satisfies Record<BackupTable, readonly [string] | readonly [string, string]>;

/**
 * The columns of each backed-up table that hold another row's id, for a restore that gives every
 * row a new id (into a shared database, where the backup's ids may already be taken). A Record
 * over the tables: a new table does not compile until its references are declared here.
 * `snoozes.item_key` ("kind:<id>") is handled by the restore itself.
 */
export const BACKUP_REFERENCES = {
  organizations: [],
  contacts: ["organization_id", "introduced_by_id", "introduced_in_conversation_id"],
  tags: [],
  contact_tags: ["contact_id", "tag_id"],
  goals: [],
  conversations: ["contact_id"],
  conversation_goals: ["conversation_id", "goal_id"],
  stage_events: ["conversation_id"],
  templates: [],
  messages: ["contact_id", "conversation_id", "template_id"],
  interactions: ["contact_id", "conversation_id", "message_id"],
  tasks: ["contact_id", "conversation_id", "goal_id"],
  questions: [],
  conversation_questions: ["conversation_id", "question_id"],
  insights: ["conversation_id", "goal_id", "contact_id"],
  exchanges: ["contact_id", "conversation_id"],
  snoozes: [],
} as const satisfies Record<BackupTable, readonly string[]>;

/** Where a page of a table ended: the last row's key values, for the next page to start after. */
export type BackupCursor = readonly string[];

export interface BackupPage {
  rows: Record<string, unknown>[];
  /** Undefined when this page was the last. */
  next: BackupCursor | undefined;
}

export interface BackupUser {
  name: string;
  timeZone: string;
  intro: string;
  settings: unknown;
}

/**
 * A row as the backup keeps it: without `owner_id` (a backup can go to another account) and
 * without what the database computes (contacts' `touch_due_at`), which is never restored.
 */
function dataOf({ owner_id: _owner, touch_due_at: _computed, ...row }: Record<string, unknown>) {
  return row;
}

export class BackupRepository extends Repository {
  async user(): Promise<BackupUser> {
    const user = await this.db.selectFrom("users").selectAll().executeTakeFirstOrThrow();
    return {
      name: user.name,
      timeZone: user.time_zone,
      intro: user.intro,
      settings: JSON.parse(user.settings),
    };
  }

  async restoreUser(user: BackupUser, now: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set({
        name: user.name,
        time_zone: user.timeZone,
        intro: user.intro,
        settings: JSON.stringify(user.settings ?? {}),
        updated_at: now,
      })
      .execute();
  }

  /** The user's rows of a table, without `owner_id` (a backup can go to another account). */
  async rows(table: BackupTable): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    let after: BackupCursor | undefined;
    do {
      const page = await this.page(table, after, 5000);
      rows.push(...page.rows);
      after = page.next;
    } while (after);
    return rows;
  }

  /**
   * All the user's rows of a table, `size` at a time, for an export. Call inside one transaction
   * for a consistent whole. On PostgreSQL keyset pages in key order. On SQLite pages of the table as
   * it is stored (rowid order, which a restore keeps, as it inserts in the file's order):
   * an ORDER BY on the key would sort the owner's rows first, a sorter holding tens of megabytes and
   * taking three times as long at a million rows. SQLite serves local mode, one person, so the pass
   * reads no one else's rows; the owner filter is still there.
   */
  async *batches(table: BackupTable, size: number): AsyncGenerator<Record<string, unknown>[]> {
    const sqlite = this.scope.sqlite;
    if (!sqlite) {
      let after: BackupCursor | undefined;
      do {
        const page = await this.page(table, after, size);
        if (page.rows.length > 0) yield page.rows;
        after = page.next;
      } while (after);
      return;
    }
    // Raw, as Kysely cannot say NOT INDEXED; the owner scope's condition is written out instead.
    // Pages by rowid, each read whole: no statement stays open between pages, when other requests
    // may use the connection (the export gives the event loop away now and then).
    const page = sqlite.prepare(
      `select rowid as "rowid:backup", * from "${table}" not indexed where owner_id = ? and rowid > ? order by rowid limit ?`,
    );
    let after = 0;
    for (;;) {
      const found = page.all(this.scope.ownerId, after, size) as Record<string, unknown>[];
      if (found.length === 0) return;
      after = found.at(-1)?.["rowid:backup"] as number;
      yield found.map(({ "rowid:backup": _rowid, ...row }) => dataOf(row));
      if (found.length < size) return;
    }
  }

  /**
   * Up to `limit` rows of a table in key order, after `after` (a keyset page: each page is an index
   * range, however far into the table). Call inside one transaction for a consistent whole.
   */
  async page(table: BackupTable, after: BackupCursor | undefined, limit: number): Promise<BackupPage> {
    const keys = BACKUP_KEYS[table] as readonly string[];
    const [first, second] = keys as [string, string | undefined];
    // biome-ignore lint/suspicious/noExplicitAny: one query over any backed-up table, keyed by BACKUP_KEYS
    let query = (this.db.selectFrom(table) as any).selectAll();
    if (after && second === undefined) query = query.where(first, ">", after[0]);
    else if (after && second !== undefined)
      // biome-ignore lint/suspicious/noExplicitAny: see above
      query = query.where((eb: any) =>
        eb.or([eb(first, ">", after[0]), eb.and([eb(first, "=", after[0]), eb(second, ">", after[1])])]),
      );
    for (const key of keys) query = query.orderBy(key);
    const found = (await query.limit(limit).execute()) as Record<string, unknown>[];
    const rows = found.map(dataOf);
    const last = rows.at(-1);
    return {
      rows,
      next: rows.length === limit && last ? keys.map((key) => String(last[key])) : undefined,
    };
  }

  async contactCount(): Promise<number> {
    const row = await this.db
      .selectFrom("contacts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Puts a table's rows back (any `owner_id` in them is replaced by this user's). */
  async restore(table: BackupTable, rows: readonly Record<string, unknown>[]): Promise<void> {
    await this.insertRows(table, rows);
    if (table === "contacts") await this.linkIntroductions(rows);
  }

  /**
   * Puts some of a table's rows back, a batch of a restore (any `owner_id` is replaced by this
   * user's). Contacts come without who introduced them: `linkIntroductions` once all exist.
   */
  async insertRows(table: BackupTable, rows: readonly Record<string, unknown>[]): Promise<void> {
    const own = rows.map(dataOf);
    if (table !== "contacts") return bulkInsert(this.scope, table, own);
    await bulkInsert(
      this.scope,
      table,
      own.map((row) => ({ ...row, introduced_by_id: null })),
    );
  }

  /** Who introduced whom (contact rows of a backup), once every contact of the backup exists. */
  async linkIntroductions(rows: readonly Record<string, unknown>[]): Promise<void> {
    for (const row of rows) {
      if (!row.introduced_by_id) continue;
      await this.db
        .updateTable("contacts")
        .set({ introduced_by_id: row.introduced_by_id as string })
        .where("id", "=", row.id as string)
        .execute();
    }
  }
}
