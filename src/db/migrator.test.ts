import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, dialects, type TestDatabase } from "../../test/support/databases.js";
import type { Db } from "./connect.js";
import { migrations } from "./migrations/index.js";
import { historyConflict, migrateToLatest } from "./migrator.js";

describe("migration history check", () => {
  it("accepts a history that is a prefix of the code's", () => {
    expect(historyConflict([], ["a", "b"])).toBeNull();
    expect(historyConflict(["a"], ["a", "b"])).toBeNull();
    expect(historyConflict(["a", "b"], ["a", "b"])).toBeNull();
  });
  it("names a migration the code does not know, or one out of order", () => {
    expect(historyConflict(["a", "z"], ["a", "b"])).toMatch(/z, which this version does not know/);
    expect(historyConflict(["b"], ["a", "b"])).toMatch(/b was applied out of order/);
  });
});

describe.each(dialects)("migrations [%s]", (dialect) => {
  let database: TestDatabase;
  let db: Db;
  afterEach(async () => {
    await db.close();
    await database.drop();
  });

  it("creates the whole domain model once and is a no-op the second time", async () => {
    database = await createTestDatabase(dialect, { empty: true });
    db = database.open();
    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations(dialect)));
    expect(await migrateToLatest(db)).toEqual([]);
    const tables = (await db.kysely.introspection.getTables()).map((t) => t.name);
    for (const table of [
      "users",
      "organizations",
      "contacts",
      "tags",
      "contact_tags",
      "goals",
      "conversations",
      "conversation_goals",
      "stage_events",
      "messages",
      "interactions",
      "tasks",
      "templates",
      "questions",
      "insights",
      "exchanges",
    ]) {
      expect(tables).toContain(table);
    }
  });

  it("refuses a database changed by another version and leaves it as it was", async () => {
    database = await createTestDatabase(dialect, { empty: true });
    db = database.open();
    await migrateToLatest(db);
    await sql`insert into kysely_migration (name, timestamp) values ('29990101T0000-from-the-future', '2999-01-01')`.execute(
      db.kysely,
    );
    await expect(migrateToLatest(db)).rejects.toThrow(/another version of coffeechat.*from-the-future/);
  });
});
