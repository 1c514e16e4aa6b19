// A JSON backup of everything a user has, and its restore: a lossless round trip, on either database.
import { ConflictError, ValidationError } from "../core/errors.js";
import { bulkInsert } from "../db/bulk-insert.js";
import { migrations } from "../db/migrations/index.js";
import type { Database } from "../db/schema.js";
import { nowIso, type ServiceContext } from "./context.js";

export const BACKUP_FORMAT = "coffeechat-backup";
export const BACKUP_VERSION = 1;

/** The user's tables, parents before children, so that a restore can insert them in order. */
const TABLES = [
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
  "insights",
  "exchanges",
  "snoozes",
] as const satisfies readonly (keyof Database)[];
type BackupTable = (typeof TABLES)[number];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** The schema the rows were written with: the names of the migrations applied. */
  schema: string[];
  user: { name: string; timeZone: string; intro: string; settings: unknown };
  tables: Record<BackupTable, Record<string, unknown>[]>;
}

export async function exportBackup(ctx: ServiceContext): Promise<Backup> {
  const db = ctx.db.kysely;
  const user = await db
    .selectFrom("users")
    .selectAll()
    .where("id", "=", ctx.user.id)
    .executeTakeFirstOrThrow();
  const tables = {} as Backup["tables"];
  for (const table of TABLES) {
    const rows = await db.selectFrom(table).selectAll().where("owner_id", "=", ctx.user.id).execute();
    tables[table] = rows.map(({ owner_id: _owner, ...row }) => row as Record<string, unknown>);
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: nowIso(ctx),
    schema: Object.keys(migrations(ctx.db.dialect)),
    user: {
      name: user.name,
      timeZone: user.time_zone,
      intro: user.intro,
      settings: JSON.parse(user.settings),
    },
    tables,
  };
}

function checkBackup(data: unknown): Backup {
  const backup = data as Partial<Backup> | null;
  if (!backup || typeof backup !== "object" || backup.format !== BACKUP_FORMAT) {
    throw new ValidationError(
      "This is not a coffeechat backup (its format field is missing or different).",
      "format",
    );
  }
  if (backup.version !== BACKUP_VERSION) {
    throw new ValidationError(
      `This backup has version ${backup.version}; this coffeechat reads version ${BACKUP_VERSION}.`,
      "version",
    );
  }
  const known = new Set(Object.keys(migrations("sqlite")));
  const unknown = (backup.schema ?? []).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ValidationError(
      `This backup was made by a newer coffeechat (it knows ${unknown.join(", ")}); upgrade first.`,
      "schema",
    );
  }
  for (const table of TABLES) {
    if (!Array.isArray(backup.tables?.[table]))
      throw new ValidationError(`The backup has no list of ${table}.`, `tables.${table}`);
  }
  return backup as Backup;
}

/** Restores a backup into an account that has no contacts yet; all or nothing. */
export async function restoreBackup(
  ctx: ServiceContext,
  data: unknown,
): Promise<Record<BackupTable, number>> {
  const backup = checkBackup(data);
  const ownerId = ctx.user.id;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("contacts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("owner_id", "=", ownerId)
      .executeTakeFirst();
    if (Number(existing?.n ?? 0) > 0) {
      throw new ConflictError(
        "Restore needs an empty coffeechat: this one already has contacts. Use a new data directory.",
      );
    }
    await trx
      .updateTable("users")
      .set({
        name: backup.user.name,
        time_zone: backup.user.timeZone,
        intro: backup.user.intro,
        settings: JSON.stringify(backup.user.settings ?? {}),
        updated_at: nowIso(ctx),
      })
      .where("id", "=", ownerId)
      .execute();
    const counts = {} as Record<BackupTable, number>;
    for (const table of TABLES) {
      const rows: Record<string, unknown>[] = backup.tables[table].map((row) => ({
        ...row,
        owner_id: ownerId,
      }));
      // Who introduced whom points inside the same table: link those once every contact exists.
      const insertable =
        table === "contacts" ? rows.map((row) => ({ ...row, introduced_by_id: null })) : rows;
      await bulkInsert(trx, ctx.db.sqlite, table, insertable);
      if (table === "contacts") {
        for (const row of rows) {
          if (!row.introduced_by_id) continue;
          await trx
            .updateTable("contacts")
            .set({ introduced_by_id: row.introduced_by_id as string })
            .where("owner_id", "=", ownerId)
            .where("id", "=", row.id as string)
            .execute();
        }
      }
      counts[table] = rows.length;
    }
    return counts;
  });
}
