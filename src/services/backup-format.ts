// What a coffeechat JSON backup is, and the checks of its head (format, version, schema).
import { ValidationError } from "../core/errors.js";
import type { BackupTable, BackupUser } from "../db/backup.repository.js";
import { migrations } from "../db/migrations/index.js";

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

/** Checks a backup's head (format, version, schema) and returns it as one. */
export function checkHead(data: unknown): Omit<Backup, "tables"> {
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
  return backup as Omit<Backup, "tables">;
}

/** Whether a backup made before the table existed may lack it (it then has no rows of it). */
export function addedLater(table: BackupTable): boolean {
  return ADDED_LATER.includes(table);
}

export function noListOf(table: BackupTable): ValidationError {
  return new ValidationError(`The backup has no list of ${table}.`, `tables.${table}`);
}
