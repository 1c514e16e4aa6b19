import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dialects, type TestDatabase } from "../../test/support/databases.js";
import { BACKED_UP_TABLES, isDerivedTable, LEFT_OUT_OF_BACKUP } from "./backup.repository.js";
import type { Db } from "./connect.js";
import { newId } from "./ids.js";
import { migrateToLatest } from "./migrator.js";
import { OWNED_TABLES } from "./owned-tables.js";
import { ownerScope } from "./scope.js";
import { userStore } from "./store.js";

const ANN = "00000000-0000-4000-8000-0000000000a1";
const BOB = "00000000-0000-4000-8000-0000000000b2";
const NOW = "2026-11-22T09:00:00.000Z";

describe.each(dialects)("owner scope [%s]", (dialect) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    db = database.open();
    await migrateToLatest(db);
    for (const [id, name] of [
      [ANN, "Ann"],
      [BOB, "Bob"],
    ] as const) {
      await db.kysely
        .insertInto("users")
        .values({
          id,
          email: null,
          name,
          time_zone: "UTC",
          intro: "",
          settings: "{}",
          smtp_url: null,
          mail_from: null,
          is_local: 0,
          created_at: NOW,
          updated_at: NOW,
        })
        .execute();
    }
    // Each owns one organisation and one contact there, with the same names.
    for (const owner of [ANN, BOB]) {
      const scoped = ownerScope(db.kysely, db, owner).db;
      await scoped
        .insertInto("organizations")
        .values({
          id: newId(),
          name: "Acme",
          name_key: "acme",
          website: null,
          industry: null,
          location: null,
          notes: "",
          archived_at: null,
          created_at: NOW,
          updated_at: NOW,
        })
        .execute();
    }
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  const scoped = (owner: string) => ownerScope(db.kysely, db, owner).db;

  it("sets the owner on insert", async () => {
    const rows = await db.kysely.selectFrom("organizations").select(["owner_id", "name"]).execute();
    expect(rows.map((r) => r.owner_id).sort()).toEqual([ANN, BOB]);
  });

  it("reads, updates and deletes only the owner's rows, in subqueries and joins too", async () => {
    expect(await scoped(ANN).selectFrom("organizations").selectAll().execute()).toHaveLength(1);
    const joined = await scoped(ANN)
      .selectFrom("users as u")
      .leftJoin("organizations as o", (join) => join.on("o.name_key", "=", "acme"))
      .select(["u.id", "o.owner_id"])
      .execute();
    expect(joined).toEqual([{ id: ANN, owner_id: ANN }]);
    const counted = await scoped(BOB)
      .selectFrom("users")
      .select((eb) => eb.selectFrom("organizations").select(eb.fn.countAll<number>().as("n")).as("n"))
      .executeTakeFirst();
    expect(Number(counted?.n)).toBe(1);

    const updated = await scoped(ANN)
      .updateTable("organizations")
      .set({ notes: "Ann's note" })
      .executeTakeFirst();
    expect(Number(updated.numUpdatedRows)).toBe(1);
    const bobs = await db.kysely
      .selectFrom("organizations")
      .select("notes")
      .where("owner_id", "=", BOB)
      .executeTakeFirst();
    expect(bobs?.notes).toBe("");

    const deleted = await scoped(BOB)
      .deleteFrom("organizations")
      .where("name_key", "=", "acme")
      .executeTakeFirst();
    expect(Number(deleted.numDeletedRows)).toBe(1);
    expect(await db.kysely.selectFrom("organizations").select("owner_id").execute()).toEqual([
      { owner_id: ANN },
    ]);
  });

  it("refuses a raw statement it cannot scope", async () => {
    await expect(sql`select * from contacts`.execute(scoped(ANN))).rejects.toThrow(/cannot be scoped/);
  });

  it("keeps everything a transaction wrote, or nothing", async () => {
    const store = userStore(db, ANN);
    await expect(
      store.transaction(async (tx) => {
        await tx.repos.organizations.create({ name: "Half made" }, NOW);
        throw new Error("second write failed");
      }),
    ).rejects.toThrow("second write failed");
    expect(await store.repos.organizations.findByName("Half made")).toBeUndefined();
  });

  it("knows every owned table of the live database, and the backup places each table", async () => {
    const tables = (await db.kysely.introspection.getTables())
      .map((t) => t.name)
      .filter((name) => !name.startsWith("kysely_") && !isDerivedTable(name));
    const owned = (await db.kysely.introspection.getTables())
      .filter((t) => t.columns.some((c) => c.name === "owner_id"))
      .map((t) => t.name);
    expect([...OWNED_TABLES].sort()).toEqual([...owned, "users"].sort());
    const placed = [...BACKED_UP_TABLES, ...Object.keys(LEFT_OUT_OF_BACKUP)];
    expect(placed.sort()).toEqual(tables.sort());
  });
});
