// Many rows at once, the fastest way each dialect offers: on SQLite one prepared statement run per
// row (inside the caller's transaction, on the same connection), elsewhere multi-row inserts.

import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

const CHUNK = 500;

export async function bulkInsert<T extends keyof Database & string>(
  db: Kysely<Database>,
  sqlite: SQLite.Database | undefined,
  table: T,
  rows: readonly object[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  if (sqlite) {
    const columns = Object.keys(first);
    const statement = sqlite.prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) values (${columns.map(() => "?").join(", ")})`,
    );
    const values: unknown[] = new Array(columns.length);
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++)
        values[i] = (row as Record<string, unknown>)[columns[i] as string];
      statement.run(values);
    }
    return;
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      // biome-ignore lint/suspicious/noExplicitAny: the rows are built for this table by the caller
      .values(rows.slice(i, i + CHUNK) as any)
      .execute();
  }
}
