// Many rows at once, the fastest way each dialect offers: on SQLite one prepared statement run per
// row (inside the caller's transaction, on the same connection), elsewhere multi-row inserts.

import type SQLite from "better-sqlite3";
import { setSearchIndexAside } from "./contact-search.js";
import type { ScopedDatabase } from "./owned-tables.js";
import type { OwnerScope } from "./scope.js";

const CHUNK = 500;

/** Inserts the owner's rows (without `owner_id`: the scope sets it) in as few round trips as it can. */
export async function bulkInsert<T extends keyof ScopedDatabase & string>(
  scope: OwnerScope,
  table: T,
  rows: readonly object[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const sqlite = scope.sqlite;
  if (sqlite) {
    const columns = Object.keys(first);
    if (columns.includes("owner_id")) throw new Error(`${table}.owner_id is set by the owner scope.`);
    const statement = sqlite.prepare(
      `insert into "${table}" (${[...columns, "owner_id"].map((c) => `"${c}"`).join(", ")}) values (${[...columns, "owner_id"].map(() => "?").join(", ")})`,
    );
    const values: unknown[] = new Array(columns.length + 1);
    values[columns.length] = scope.ownerId;
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++)
        values[i] = (row as Record<string, unknown>)[columns[i] as string];
      statement.run(values);
    }
    return;
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await scope.db
      .insertInto(table)
      // biome-ignore lint/suspicious/noExplicitAny: the rows are built for this table by the caller
      .values(rows.slice(i, i + CHUNK) as any)
      .execute();
  }
}

/** Below this many new rows, keeping the indexes up row by row is cheap enough. */
const REBUILD_FROM_ROWS = 5_000;

/**
 * Runs a large load into an SQLite table with its secondary indexes set aside and built again
 * afterwards: building an index once from sorted rows is much cheaper than updating it for each
 * row; the same for the contact search index. The caller's transaction covers it all, so a failure leaves the indexes as they were.
 * On PostgreSQL (shared by other users and instances) and for small loads it just runs `load`.
 */
export async function withIndexesRebuilt<R>(
  sqlite: SQLite.Database | undefined,
  table: keyof ScopedDatabase & string,
  load: { rows: number; existing: number },
  run: () => Promise<R>,
): Promise<R> {
  if (!sqlite || load.rows < REBUILD_FROM_ROWS || load.rows < load.existing) return run();
  const indexes = sqlite
    .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null")
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);
  const restoreSearch = setSearchIndexAside(sqlite, table);
  const result = await run();
  for (const index of indexes) sqlite.exec(index.sql);
  restoreSearch();
  return result;
}
