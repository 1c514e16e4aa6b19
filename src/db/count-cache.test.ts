import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  createTestRuntime,
  dialects,
  fixedClock,
  type TestDatabase,
  type TestRuntime,
} from "../../test/support/databases.js";
import { getAgenda } from "../services/agenda.service.js";
import { createContact, listContacts, updateContact } from "../services/contacts.service.js";
import { withTransaction } from "../services/context.js";
import {
  createConversation,
  listConversations,
  moveConversation,
} from "../services/conversations.service.js";
import { openRuntime, type Runtime } from "../services/runtime.js";

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

describe.each(dialects)(
  "totals and Today's aggregates when two app instances share one database [%s]",
  (dialect) => {
    let database: TestDatabase;
    let mine: Runtime;
    let theirs: Runtime;
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
      const config = {
        databaseUrl: database.databaseUrl,
        sqliteFile: database.sqliteFile,
        timeZone: "Europe/Berlin",
      };
      mine = await openRuntime(config, fixedClock());
      theirs = await openRuntime(config, fixedClock());
    });
    afterEach(async () => {
      await mine.close();
      await theirs.close();
      await database.drop();
    });
    const total = async (query: { q?: string; tag?: string } = {}) =>
      (await listContacts(mine.local, { limit: 5, ...query })).total;

    it("the list's total counts a contact the other instance adds", async () => {
      await createContact(mine.local, { firstName: "Ann" });
      expect(await total()).toBe(1);
      expect(await total()).toBe(1);
      await createContact(theirs.local, { firstName: "Ben" });
      expect(await total()).toBe(2);
    });

    it("a filtered total follows the other instance's tags and renames", async () => {
      const ann = await createContact(mine.local, { firstName: "Ann", tags: ["mentor"] });
      const ben = await createContact(mine.local, { firstName: "Ben" });
      expect(await total({ tag: "mentor" })).toBe(1);
      expect(await total({ q: "ann" })).toBe(1);
      await updateContact(theirs.local, ben.id, { tags: ["Mentor"] });
      expect(await total({ tag: "mentor" })).toBe(2);
      await updateContact(theirs.local, ann.id, { firstName: "Anna" });
      await updateContact(theirs.local, ben.id, { firstName: "Annabel" });
      expect(await total({ q: "ann" })).toBe(2);
    });

    it("the conversations list's total by stage follows the other instance's moves", async () => {
      const ann = await createContact(mine.local, { firstName: "Ann" });
      const ben = await createContact(mine.local, { firstName: "Ben" });
      const asked = async () => (await listConversations(mine.local, { stage: "asked", limit: 5 })).total;
      const first = await createConversation(mine.local, { contactId: ann.id, stage: "asked" });
      expect(await asked()).toBe(1);
      expect(await asked()).toBe(1);
      await createConversation(theirs.local, { contactId: ben.id, stage: "asked" });
      expect(await asked()).toBe(2);
      await moveConversation(theirs.local, first.id, { stage: "no-response" });
      expect(await asked()).toBe(1);
    });

    it("a total read inside a transaction that is rolled back is not kept", async () => {
      await createContact(mine.local, { firstName: "Ann" });
      expect(await total()).toBe(1);
      await expect(
        withTransaction(mine.local, async (tx) => {
          await createContact(tx, { firstName: "Ben" });
          expect((await listContacts(tx, { limit: 5 })).total).toBe(2);
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
      expect(await total()).toBe(1);
    });

    it("the weekly habit counts a conversation the other instance marks held", async () => {
      const contact = await createContact(mine.local, { firstName: "Ann" });
      const before = await getAgenda(mine.local);
      expect((await getAgenda(mine.local)).habit.thisWeek).toBe(before.habit.thisWeek);
      const conversation = await createConversation(theirs.local, {
        contactId: contact.id,
        stage: "scheduled",
      });
      await moveConversation(theirs.local, conversation.id, { stage: "done" });
      expect((await getAgenda(mine.local)).habit.thisWeek).toBe(before.habit.thisWeek + 1);
    });

    it("Today's count of requests awaiting an answer beyond its page follows the other instance", async () => {
      const asked = [];
      for (let i = 0; i < 22; i++) {
        const contact = await createContact(mine.local, { firstName: `Person ${i}` });
        asked.push(await createConversation(mine.local, { contactId: contact.id, stage: "asked" }));
      }
      const more = async () => (await getAgenda(mine.local)).notShown["follow-up"] ?? 0;
      const first = await more();
      expect(first).toBe(2);
      expect(await more()).toBe(first);
      await moveConversation(theirs.local, asked[0]?.id ?? "", { stage: "no-response" });
      expect(await more()).toBe(first - 1);
    });
  },
);

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
