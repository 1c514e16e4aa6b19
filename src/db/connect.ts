import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type PgModule from "pg";
import { EventLoopYield } from "./event-loop-yield.js";
import type { Database, Dialect } from "./schema.js";
import { cachingStatements } from "./statement-cache.js";

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** A short description of where the data lives, for logs (never a password). */
  location: string;
  /** The SQLite handle, for what only SQLite does (online backup); undefined on PostgreSQL. */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

/** The PostgreSQL driver, loaded on first use: SQLite users never pay for it at start. */
function loadPg(): typeof PgModule {
  const pg = createRequire(import.meta.url)("pg") as typeof PgModule;
  // PostgreSQL returns timestamptz as Date and bigint as string; we want ISO strings and numbers,
  // the same as SQLite gives us.
  pg.types.setTypeParser(1184, (value) => new Date(value).toISOString());
  pg.types.setTypeParser(20, (value) => Number(value));
  return pg;
}

export function openSqlite(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  database.pragma("synchronous = FULL");
  // 32 MiB of pages kept between statements (the default is 2 MiB): a search reads a few hundred
  // records scattered over a large file and its full-text index, and finds them here the next time.
  database.pragma("cache_size = -32768");
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(database) }),
    plugins: [new EventLoopYield(database)],
  });
  return { kysely, dialect: "sqlite", location: file, sqlite: database, close: () => kysely.destroy() };
}

export function openPostgres(url: string): Db {
  const pg = loadPg();
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  let closing = false;
  // An idle connection can be cut by the server (restart, failover, admin command). Without a
  // listener that would crash the process; the pool replaces the connection on next use.
  pool.on("error", (error) => {
    if (!closing) console.error(`PostgreSQL connection lost: ${error.message}`);
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = "";
  return {
    kysely,
    dialect: "postgres",
    location: safe.toString(),
    close: () => {
      closing = true;
      return kysely.destroy();
    },
  };
}

export function openDatabase(options: { databaseUrl?: string | undefined; sqliteFile: string }): Db {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openSqlite(options.sqliteFile);
}
