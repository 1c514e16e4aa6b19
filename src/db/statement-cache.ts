// better-sqlite3 statements for Kysely, prepared once per SQL text and reused: Kysely's SQLite
// driver asks for a new statement on every query, and preparing costs more than running a small
// one. A statement still running (an open iterator) is never handed out twice.
import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Distinct SQL texts kept; the least recently used one goes first. */
const CAPACITY = 500;

export function cachingStatements(database: SQLite.Database, capacity = CAPACITY): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached as unknown as SqliteStatement;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
