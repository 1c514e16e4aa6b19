// Many rows at once, the fastest way each dialect offers: on SQLite prepared multi-row statements
// run on the caller's connection, inside its transaction; elsewhere multi-row inserts. Several rows
// per statement matter on SQLite: a statement whose triggers write to a full-text index makes that
// index write its pending terms to disk when the statement ends, so one statement per row would
// write one tiny index segment per row (search everything's triggers made an import ten times
// slower that way). A large load is therefore staged and written in a single statement.

import type SQLite from "better-sqlite3";
import { setSearchIndexAside } from "./contact-search.js";
import type { ScopedDatabase } from "./owned-tables.js";
import type { OwnerScope } from "./scope.js";

const CHUNK = 500;
/** SQLite: rows per statement, within its limit of 32,766 bound values. */
const SQLITE_ROWS = 200;
const SQLITE_VARIABLES = 32_000;
/**
 * SQLite: from this many rows on, they are staged in a temporary table (which has no triggers)
 * and written by one statement, so a full-text index fed by triggers writes its terms once.
 */
const STAGE_FROM_ROWS = 1_000;

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
    const names = [...columns, "owner_id"];
    const perStatement = Math.max(1, Math.min(SQLITE_ROWS, Math.floor(SQLITE_VARIABLES / names.length)));
    const tuple = `(${names.map(() => "?").join(", ")})`;
    const statementFor = (into: string, count: number) =>
      sqlite.prepare(
        `insert into "${into}" (${names.map((c) => `"${c}"`).join(", ")}) values ${Array(count).fill(tuple).join(", ")}`,
      );
    const list = names.map((c) => `"${c}"`).join(", ");
    const staged = rows.length >= STAGE_FROM_ROWS ? `coffeechat_staged_${table}` : undefined;
    if (staged) sqlite.exec(`create temp table "${staged}" as select ${list} from "${table}" where 0`);
    try {
      const target = staged ?? table;
      const full = rows.length >= perStatement ? statementFor(target, perStatement) : undefined;
      for (let start = 0; start < rows.length; start += perStatement) {
        const batch = rows.slice(start, start + perStatement);
        const values: unknown[] = [];
        for (const row of batch) {
          for (const column of columns) values.push((row as Record<string, unknown>)[column]);
          values.push(scope.ownerId);
        }
        (batch.length === perStatement && full ? full : statementFor(target, batch.length)).run(values);
      }
      if (staged) sqlite.exec(`insert into "${table}" (${list}) select ${list} from temp."${staged}"`);
    } finally {
      if (staged) sqlite.exec(`drop table if exists temp."${staged}"`);
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
