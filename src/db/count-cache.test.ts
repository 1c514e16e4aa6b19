import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../test/support/databases.js";
import { createContact, listContacts } from "../services/contacts.service.js";

describe("a list's total, counted once until the database changes [sqlite]", () => {
  let t: TestRuntime;
  beforeEach(async () => {
    t = await createTestRuntime("sqlite");
  });
  afterEach(async () => {
    await t.close();
  });
  const total = async () => (await listContacts(t.ctx, { limit: 5 })).total;

  it("is right after every write of ours", async () => {
    await createContact(t.ctx, { firstName: "Ann" });
    expect(await total()).toBe(1);
    expect(await total()).toBe(1);
    await createContact(t.ctx, { firstName: "Ben" });
    expect(await total()).toBe(2);
    expect((await listContacts(t.ctx, { q: "ann" })).total).toBe(1);
  });

  it("is right after another program writes to the same file", async () => {
    await createContact(t.ctx, { firstName: "Ann" });
    expect(await total()).toBe(1);
    const file = t.runtime.db.location;
    const other = new SQLite(file);
    try {
      other
        .prepare(
          `insert into contacts (id, owner_id, first_name, last_name, search_text, sort_name, created_at, updated_at)
           values ('00000000-0000-4000-8000-00000000beef', ?, 'Cy', '', 'cy', 'cy', '2026-01-01', '2026-01-01')`,
        )
        .run(t.ctx.user.id);
    } finally {
      other.close();
    }
    expect(await total()).toBe(2);
  });
});
