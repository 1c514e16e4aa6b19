// A JSON backup of everything a user has, and its restore: a lossless round trip, on either database.
import { ConflictError, ValidationError } from "../core/errors.js";
import { BACKED_UP_TABLES, type BackupTable, type BackupUser } from "../db/backup.repository.js";
import { migrations } from "../db/migrations/index.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";

export const BACKUP_FORMAT = "coffeechat-backup";
export const BACKUP_VERSION = 1;

/** Tables added to the backup after its first version: an older backup has none of their rows. */
const ADDED_LATER: readonly BackupTable[] = ["conversation_questions"];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** The schema the rows were written with: the names of the migrations applied. */
  schema: string[];
  user: BackupUser;
  tables: Record<BackupTable, Record<string, unknown>[]>;
}

export async function exportBackup(ctx: ServiceContext): Promise<Backup> {
  return withTransaction(ctx, async (tx) => {
    const tables = {} as Backup["tables"];
    for (const table of BACKED_UP_TABLES) tables[table] = await tx.repos.backup.rows(table);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: nowIso(tx),
      schema: Object.keys(migrations(tx.store.dialect)),
      user: await tx.repos.backup.user(),
      tables,
    };
  });
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
  for (const table of BACKED_UP_TABLES) {
    if (backup.tables && backup.tables[table] === undefined && ADDED_LATER.includes(table)) {
      backup.tables[table] = [];
    }
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
  return withTransaction(ctx, async (tx) => {
    if ((await tx.repos.backup.contactCount()) > 0) {
      throw new ConflictError(
        "Restore needs an empty coffeechat: this one already has contacts. Use a new data directory.",
      );
    }
    await tx.repos.backup.restoreUser(backup.user, nowIso(tx));
    const counts = {} as Record<BackupTable, number>;
    for (const table of BACKED_UP_TABLES) {
      await tx.repos.backup.restore(table, backup.tables[table]);
      counts[table] = backup.tables[table].length;
    }
    return counts;
  });
}
