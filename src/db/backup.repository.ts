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
} as const satisfies Partial<Record<keyof Database, string>>;

/**
 * Tables the database derives from others: SQLite's contact search index (contacts_fts and its
 * shadow tables), kept by triggers. Never backed up; a restore fills them again as rows go in.
 */
export function isDerivedTable(name: string): boolean {
  return name === "contacts_fts" || name.startsWith("contacts_fts_");
}

// Each table is either backed up or left out with a reason: this fails to compile otherwise.
const _everyTablePlaced: Record<keyof Database, true> = {
  ...Object.fromEntries(BACKED_UP_TABLES.map((t) => [t, true])),
  ...Object.fromEntries(Object.keys(LEFT_OUT_OF_BACKUP).map((t) => [t, true])),
} as Record<BackupTable | keyof typeof LEFT_OUT_OF_BACKUP, true>;
void _everyTablePlaced;

export interface BackupUser {
  name: string;
  timeZone: string;
  intro: string;
  settings: unknown;
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
    const rows = await this.db.selectFrom(table).selectAll().execute();
    // Columns the database computes (contacts' touch_due_at) are not data: they are never restored.
    return rows.map(({ owner_id: _owner, touch_due_at: _computed, ...row }: Record<string, unknown>) => row);
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
    const own = rows.map(({ owner_id: _owner, ...row }) => row);
    // Who introduced whom points inside the same table: link those once every contact exists.
    if (table !== "contacts") return bulkInsert(this.scope, table, own);
    await bulkInsert(
      this.scope,
      table,
      own.map((row) => ({ ...row, introduced_by_id: null })),
    );
    for (const row of own) {
      if (!row.introduced_by_id) continue;
      await this.db
        .updateTable("contacts")
        .set({ introduced_by_id: row.introduced_by_id as string })
        .where("id", "=", row.id as string)
        .execute();
    }
  }
}
