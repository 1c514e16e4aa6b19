// A consistent copy of the SQLite database, taken while the server keeps running.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { ValidationError } from "../core/errors.js";
import type { Db } from "../db/connect.js";

export async function backupSqlite(db: Db, destination: string): Promise<{ file: string; bytes: number }> {
  if (!db.sqlite) {
    throw new ValidationError(
      "coffeechat backup copies the SQLite file; on PostgreSQL use pg_dump, or `coffeechat export json` for your own data.",
    );
  }
  const file = path.resolve(destination);
  if (file === path.resolve(db.location))
    throw new ValidationError("The backup cannot overwrite the database itself.", "out");
  mkdirSync(path.dirname(file), { recursive: true });
  // SQLite's online backup API: pages are copied while other connections read and write.
  await db.sqlite.backup(file);
  return { file, bytes: statSync(file).size };
}
