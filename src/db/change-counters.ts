// SQLite's own counters of change, read together by one statement prepared once per connection:
// `total_changes()` moves with every row this connection inserts, changes or deletes,
// `data_version` whenever another connection (the CLI, a backup restore) commits.
import type SQLite from "better-sqlite3";

export interface ChangeCounters {
  version: number;
  changes: number;
}

const statements = new WeakMap<SQLite.Database, SQLite.Statement<[], ChangeCounters>>();

export function changeCounters(sqlite: SQLite.Database): ChangeCounters {
  let statement = statements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare<[], ChangeCounters>(
      "select data_version as version, total_changes() as changes from pragma_data_version",
    );
    statements.set(sqlite, statement);
  }
  return statement.get() as ChangeCounters;
}
