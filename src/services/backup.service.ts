// A JSON backup of everything a user has, and its restore: a lossless round trip, on either database.
// The backup is written as a stream (backup-write.ts) and restored as one (backup-read.ts); these
// take it whole, for a backup already in memory (an older file, a test).
import { ConflictError } from "../core/errors.js";
import { BACKED_UP_TABLES, type BackupTable } from "../db/backup.repository.js";
import { addedLater, type Backup, checkHead, noListOf } from "./backup-format.js";
import { NewIds } from "./backup-new-ids.js";
import { writeBackup } from "./backup-write.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";

export { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from "./backup-format.js";

/** The whole backup as one value: what `writeBackup` writes, parsed. Small accounts only. */
export async function exportBackup(ctx: ServiceContext): Promise<Backup> {
  let text = "";
  await writeBackup(ctx, (chunk) => {
    text += chunk;
  });
  return JSON.parse(text) as Backup;
}

function checkBackup(data: unknown): Backup {
  const backup = checkHead(data) as Partial<Backup>;
  for (const table of BACKED_UP_TABLES) {
    if (backup.tables && backup.tables[table] === undefined && addedLater(table)) backup.tables[table] = [];
    if (!Array.isArray(backup.tables?.[table])) throw noListOf(table);
  }
  return backup as Backup;
}

/** Fails unless this coffeechat has no contacts yet: a restore goes into an empty one. */
export async function checkEmpty(tx: ServiceContext): Promise<void> {
  if ((await tx.repos.backup.contactCount()) > 0) {
    throw new ConflictError(
      "Restore needs an empty coffeechat: this one already has contacts. Use a new data directory.",
    );
  }
}

export interface RestoreOptions {
  /** Only count the backup's rows. */
  dryRun?: boolean;
  /**
   * Give every row a new id (references kept): for a database other accounts share, where the
   * backup's own ids may be taken. Without it a restore keeps the ids, a true round trip.
   */
  newIds?: boolean;
}

/** Restores a backup into an account that has no contacts yet; all or nothing. */
export async function restoreBackup(
  ctx: ServiceContext,
  data: unknown,
  options: Pick<RestoreOptions, "newIds"> = {},
): Promise<Record<BackupTable, number>> {
  const backup = checkBackup(data);
  const ids = options.newIds ? new NewIds() : undefined;
  return withTransaction(ctx, async (tx) => {
    await checkEmpty(tx);
    await tx.repos.backup.restoreUser(backup.user, nowIso(tx));
    const counts = {} as Record<BackupTable, number>;
    for (const table of BACKED_UP_TABLES) {
      const rows = backup.tables[table];
      await tx.repos.backup.restore(table, ids ? ids.rows(table, rows) : rows);
      counts[table] = backup.tables[table].length;
    }
    return counts;
  });
}
