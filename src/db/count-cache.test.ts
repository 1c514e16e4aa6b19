import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../test/support/databases.js";
import { getAgenda } from "../services/agenda.service.js";
import { createContact, listContacts } from "../services/contacts.service.js";
import { withTransaction } from "../services/context.js";
import { createConversation, moveConversation } from "../services/conversations.service.js";

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

describe("Today's cached aggregates follow every write [sqlite]", () => {
  let t: TestRuntime;
  beforeEach(async () => {
    t = await createTestRuntime("sqlite");
  });
  afterEach(async () => {
    await t.close();
  });

  it("the weekly habit counts a conversation held just now, asked twice in a row", async () => {
    const contact = await createContact(t.ctx, { firstName: "Ann" });
    const before = await getAgenda(t.ctx);
    expect((await getAgenda(t.ctx)).habit.thisWeek).toBe(before.habit.thisWeek);
    const conversation = await createConversation(t.ctx, { contactId: contact.id, stage: "scheduled" });
    await moveConversation(t.ctx, conversation.id, { stage: "done" });
    expect((await getAgenda(t.ctx)).habit.thisWeek).toBe(before.habit.thisWeek + 1);
  });

  it("a read inside a transaction that is rolled back leaves nothing behind", async () => {
    const contact = await createContact(t.ctx, { firstName: "Ann" });
    const conversation = await createConversation(t.ctx, { contactId: contact.id, stage: "scheduled" });
    const since = "2000-01-01T00:00:00.000Z";
    await expect(
      withTransaction(t.ctx, async (tx) => {
        await moveConversation(tx, conversation.id, { stage: "done" });
        expect(await tx.repos.agenda.heldSince(since)).toHaveLength(1);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await t.ctx.repos.agenda.heldSince(since)).toHaveLength(0);
  });
});
