import { Migrator } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  createTestRuntime,
  dialects,
  type TestRuntime,
} from "../../test/support/databases.js";
import { parseLinkedInConnections } from "../integrations/linkedin-connections.js";
import { makeLinkedInConnectionsCsv } from "../integrations/linkedin-fixture.js";
import { archiveContact, createContact, listContacts, updateContact } from "../services/contacts.service.js";
import { importContacts } from "../services/import.service.js";
import { search } from "../services/search.service.js";
import { ftsQuery } from "./contact-search.js";
import { ContactsRepository } from "./contacts.repository.js";
import { migrations } from "./migrations/index.js";
import { migrateToLatest } from "./migrator.js";
import { ownerScope } from "./scope.js";

describe("FTS5 queries", () => {
  it("require every term as a literal substring, quotes included", () => {
    expect(ftsQuery(["smi", 'o"neil'])).toBe('"smi" AND "o""neil"');
  });
});

describe.each(dialects)("contact search on an index [%s]", (dialect) => {
  let t: TestRuntime;
  beforeEach(async () => {
    t = await createTestRuntime(dialect);
  });
  afterEach(async () => {
    await t.close();
  });
  const names = async (q: string) =>
    (await listContacts(t.ctx, { q, limit: 50 })).items.map((c) => c.fullName).sort();

  it("finds substrings anywhere, short terms too, without case or accents", async () => {
    await createContact(t.ctx, { firstName: "Zoë", lastName: "Ångström", title: "Optics lead" });
    await createContact(t.ctx, { firstName: "Bob", lastName: "Smith", emails: ["bob@foo.test"] });
    await createContact(t.ctx, { firstName: "Al", lastName: "Goldsmith" });
    expect(await names("mit")).toEqual(["Al Goldsmith", "Bob Smith"]);
    expect(await names("SMITH al")).toEqual(["Al Goldsmith"]);
    expect(await names("ngstr")).toEqual(["Zoë Ångström"]);
    expect(await names("zo")).toEqual(["Zoë Ångström"]);
    expect(await names('o"neil')).toEqual([]);
    expect(await names("nobody")).toEqual([]);
  });

  it("finds people brought in by a large import, and those who were there before", async () => {
    const before = await createContact(t.ctx, { firstName: "Before", lastName: "Importqx" });
    const csv = makeLinkedInConnectionsCsv(5_000, { language: "en" });
    await importContacts(t.ctx, parseLinkedInConnections(csv), { dryRun: false });
    const page = await listContacts(t.ctx, { limit: 1, sort: "-created" });
    const imported = page.items[0];
    if (!imported) throw new Error("nothing imported");
    expect(page.total).toBe(5_001);
    const found = await listContacts(t.ctx, { q: imported.fullName, limit: 50 });
    expect(found.items.map((c) => c.id)).toContain(imported.id);
    expect((await listContacts(t.ctx, { q: "importqx" })).items.map((c) => c.id)).toEqual([before.id]);
    // Search everything finds them too, and the rows staged for the write are gone.
    const everywhere = await search(t.ctx, { q: imported.lastName, limit: 50 });
    expect(everywhere.items.map((item) => item.id)).toContain(imported.id);
    if (dialect === "sqlite") {
      const staged = t.runtime.db.sqlite
        ?.prepare("select name from sqlite_temp_master where name like 'coffeechat_staged_%'")
        .all();
      expect(staged).toEqual([]);
    }
  });

  it("follows every change at once: renamed, archived and restored contacts", async () => {
    const ann = await createContact(t.ctx, { firstName: "Ann", lastName: "Jones" });
    await updateContact(t.ctx, ann.id, { lastName: "Okafor" });
    expect(await names("jones")).toEqual([]);
    expect(await names("okaf")).toEqual(["Ann Okafor"]);
    await archiveContact(t.ctx, ann.id);
    expect(await names("okaf")).toEqual([]);
    const found = await listContacts(t.ctx, { q: "okaf", archived: "true" });
    expect(found.items.map((c) => c.id)).toEqual([ann.id]);
    expect(found.total).toBe(1);
  });
});

describe.each(dialects)("the search index migration [%s]", (dialect) => {
  it("indexes the contacts a database already holds", async () => {
    const database = await createTestDatabase(dialect, { empty: true });
    const db = database.open();
    try {
      const all = migrations(dialect);
      const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => all } });
      await migrator.migrateTo("20261206T0320-list-indexes");
      const now = "2026-11-22T09:00:00.000Z";
      const owner = "00000000-0000-4000-8000-0000000000a1";
      await db.kysely
        .insertInto("users")
        .values({
          id: owner,
          name: "A",
          time_zone: "UTC",
          intro: "",
          settings: "{}",
          is_local: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await db.kysely
        .insertInto("contacts")
        .values({
          id: "00000000-0000-4000-8000-0000000000c1",
          owner_id: owner,
          first_name: "Grace",
          last_name: "Hopper",
          emails: "[]",
          phones: "[]",
          needs: "",
          notes: "",
          relationship_strength: "new",
          search_text: "grace hopper",
          sort_name: "hopper grace",
          created_at: now,
          updated_at: now,
        })
        .execute();
      await migrateToLatest(db);
      const page = await new ContactsRepository(ownerScope(db.kysely, db, owner)).list({
        terms: ["opper"],
        archived: "false",
        sort: "name",
        descending: false,
        limit: 10,
      });
      expect(page.items.map((c) => c.fullName)).toEqual(["Grace Hopper"]);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});
