// SQLite plans queries from statistics only ANALYZE writes: a database opened with none, or after
// an import rebuilt the contacts' indexes, must have them, or some reads walk every contact.
import type SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { generateInto } from "../../bench/generate.js";
import { createTestDatabase, type TestDatabase } from "../../test/support/databases.js";
import { importedPerson } from "../../test/support/imported-person.js";
import { createContact } from "../services/contacts.service.js";
import { importContacts } from "../services/import.service.js";
import { openRuntime, type Runtime } from "../services/runtime.js";

const OWNER = "00000000-0000-4000-8000-000000000001";

function statistics(sqlite: SQLite.Database, table: string): Map<string, string> {
  const exists = sqlite.prepare("select 1 from sqlite_master where name = 'sqlite_stat1'").get();
  if (!exists) return new Map();
  const rows = sqlite.prepare("select idx, stat from sqlite_stat1 where tbl = ?").all(table) as {
    idx: string;
    stat: string;
  }[];
  return new Map(rows.map((row) => [row.idx, row.stat]));
}

function indexesOf(sqlite: SQLite.Database, table: string): string[] {
  return (
    sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name = ?").all(table) as {
      name: string;
    }[]
  ).map((row) => row.name);
}

/** How the planner reads one contact's tags. */
function tagsPlan(sqlite: SQLite.Database): string {
  return (
    sqlite
      .prepare(
        "explain query plan select t.name from contact_tags as ct join tags as t on t.id = ct.tag_id where ct.contact_id = ? and ct.owner_id = ?",
      )
      .all("00000002-0000-4000-8000-000000000001", OWNER) as { detail: string }[]
  )
    .map((step) => step.detail)
    .join(" | ");
}

const open = (database: TestDatabase) =>
  openRuntime({ databaseUrl: undefined, sqliteFile: database.sqliteFile, timeZone: "UTC" });

describe("the planner's statistics [sqlite]", () => {
  let database: TestDatabase;
  let runtime: Runtime | undefined;
  afterEach(async () => {
    await runtime?.close();
    await database.drop();
  });

  it("are written when a database that has none opens, so a contact's tags are read by contact", async () => {
    database = await createTestDatabase("sqlite");
    runtime = await open(database);
    const sqlite = runtime.db.sqlite as SQLite.Database;
    generateInto(sqlite, runtime.local.user.id, { contacts: 5_000, notes: 0 });
    sqlite.exec("drop table if exists sqlite_stat1");
    // Without statistics SQLite reads every tag link of the owner to find one contact's.
    expect(tagsPlan(sqlite)).toContain("contact_tags_owner_tag");
    await runtime.close();

    runtime = await open(database);
    const reopened = runtime.db.sqlite as SQLite.Database;
    const stats = statistics(reopened, "contacts");
    expect([...stats.keys()].sort()).toEqual(indexesOf(reopened, "contacts").sort());
    expect(stats.get("contacts_owner_sort_live")?.split(" ")[0]).toBe("5000");
    expect(tagsPlan(reopened)).not.toContain("contact_tags_owner_tag");
  });

  it("are brought up to date after an import rebuilds the contacts' indexes", async () => {
    database = await createTestDatabase("sqlite");
    runtime = await open(database);
    const sqlite = runtime.db.sqlite as SQLite.Database;
    const people = Array.from({ length: 6_000 }, (_, i) => importedPerson(i + 2));
    await importContacts(runtime.local, people, { dryRun: false });
    const stats = statistics(sqlite, "contacts");
    expect([...stats.keys()].sort()).toEqual(indexesOf(sqlite, "contacts").sort());
    expect(stats.get("contacts_owner_sort_live")?.split(" ")[0]).toBe("6000");
  });

  it("are not taken from a new database's few rows, which would mislead more than no statistics", async () => {
    database = await createTestDatabase("sqlite");
    runtime = await open(database);
    await createContact(runtime.local, { firstName: "Ada", lastName: "Lovelace" });
    await runtime.close();
    runtime = await open(database);
    const sqlite = runtime.db.sqlite as SQLite.Database;
    for (const table of ["contacts", "contacts_fts_data", "search_fts_data", "kysely_migration"]) {
      expect(statistics(sqlite, table).size).toBe(0);
    }
  });

  it("are left alone after a small write", async () => {
    database = await createTestDatabase("sqlite");
    runtime = await open(database);
    generateInto(runtime.db.sqlite as SQLite.Database, runtime.local.user.id, { contacts: 2_000, notes: 0 });
    await runtime.close();
    runtime = await open(database);
    const sqlite = runtime.db.sqlite as SQLite.Database;
    const before = statistics(sqlite, "contacts");
    expect(before.get("contacts_owner_sort_live")?.split(" ")[0]).toBe("2000");
    await createContact(runtime.local, { firstName: "Ada", lastName: "Lovelace" });
    expect(statistics(sqlite, "contacts")).toEqual(before);
  });
});
