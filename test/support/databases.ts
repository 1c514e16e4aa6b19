// Fresh databases for tests: SQLite always, PostgreSQL when COFFEECHAT_TEST_DATABASE_URL is set
// (npm test starts a throwaway cluster and sets it; CI refuses to run without it).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type Db, openPostgres, openSqlite } from "../../src/db/connect.js";
import { migrateToLatest } from "../../src/db/migrator.js";
import type { Dialect } from "../../src/db/schema.js";
import type { Clock, ServiceContext } from "../../src/services/context.js";
import { openRuntime, type Runtime } from "../../src/services/runtime.js";

const postgresUrl = process.env.COFFEECHAT_TEST_DATABASE_URL;

/** The dialects every storage test runs on. */
export const dialects: Dialect[] = postgresUrl ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestDatabase {
  /** Where the fresh database is: a SQLite file or a PostgreSQL URL. */
  sqliteFile: string;
  databaseUrl: string | undefined;
  open(): Db;
  drop(): Promise<void>;
}

/** A new database of the dialect; PostgreSQL ones come migrated unless `empty` is asked for. */
export async function createTestDatabase(
  dialect: Dialect,
  options: { empty?: boolean } = {},
): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-test-"));
    const sqliteFile = path.join(dir, "test.sqlite");
    return {
      sqliteFile,
      databaseUrl: undefined,
      open: () => openSqlite(sqliteFile),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!postgresUrl) throw new Error("COFFEECHAT_TEST_DATABASE_URL is not set");
  const name = `coffeechat_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const template = options.empty ? "template0" : await migratedTemplate(postgresUrl);
  await adminQuery(postgresUrl, `create database ${name} template ${template}`);
  const url = databaseUrl(postgresUrl, name);
  return {
    sqliteFile: "",
    databaseUrl: url.toString(),
    open: () => openPostgres(url.toString()),
    drop: () => adminQuery(postgresUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let template: Promise<string> | undefined;

/** One migrated database per test process; each test's database is a quick copy of it. */
function migratedTemplate(serverUrl: string): Promise<string> {
  template ??= (async () => {
    const name = `coffeechat_template_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const db = openPostgres(databaseUrl(serverUrl, name));
    try {
      await migrateToLatest(db);
    } finally {
      await db.close();
    }
    return name;
  })();
  return template;
}

/** A clock the test moves by hand. */
export function fixedClock(start = "2026-11-22T09:00:00.000Z"): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

export interface TestRuntime {
  runtime: Runtime;
  ctx: ServiceContext;
  /** A second user's context, to check that nobody sees another's data. */
  otherUser(): Promise<ServiceContext>;
  close(): Promise<void>;
}

export async function createTestRuntime(dialect: Dialect, clock: Clock = fixedClock()): Promise<TestRuntime> {
  const database = await createTestDatabase(dialect);
  const runtime = await openRuntime(
    { databaseUrl: database.databaseUrl, sqliteFile: database.sqliteFile, timeZone: "Europe/Berlin" },
    clock,
  );
  return {
    runtime,
    ctx: runtime.local,
    otherUser: async () => {
      const id = "00000000-0000-4000-8000-0000000000b2";
      const now = clock.now().toISOString();
      await runtime.system.ensureUser({
        id,
        email: "bob@example.org",
        name: "Bob",
        time_zone: "UTC",
        intro: "",
        settings: "{}",
        smtp_url: null,
        mail_from: null,
        is_local: 0,
        created_at: now,
        updated_at: now,
      });
      return runtime.contextFor({ id, name: "Bob", timeZone: "UTC" });
    },
    close: async () => {
      await runtime.close();
      await database.drop();
    },
  };
}
