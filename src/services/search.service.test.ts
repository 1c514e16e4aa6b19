import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { newId } from "../db/ids.js";
import { POSTGRES_WINDOW, SEARCH_CANDIDATES } from "../db/search.repository.js";
import { exportBackup, restoreBackup } from "./backup.service.js";
import { createContact, updateContact } from "./contacts.service.js";
import { createConversation, updateConversation } from "./conversations.service.js";
import { addExchange } from "./exchanges.service.js";
import { createGoal } from "./goals.service.js";
import { addInsight, deleteInsight } from "./insights.service.js";
import { askAbout, expertise, search } from "./search.service.js";
import { createTask } from "./tasks.service.js";

describe.each(dialects)("search everything [%s]", (dialect) => {
  let t: TestRuntime;
  afterEach(async () => {
    await t.close();
  });

  async function world() {
    const ana = await createContact(t.ctx, {
      firstName: "Ana",
      lastName: "Ñúñez",
      title: "Data engineer",
      tags: ["bioinformatics"],
    });
    const bo = await createContact(t.ctx, { firstName: "Bo", lastName: "Lind", title: "Microscopy lead" });
    const talk = await createConversation(t.ctx, {
      contactId: ana.id,
      notes: "We spoke about a meetup in Lyon.",
    });
    const insight = await addInsight(t.ctx, talk.id, {
      text: "Single-cell sequencing teams hire people who know SQL.",
    });
    const goal = await createGoal(t.ctx, { title: "Explore proteomics careers", kind: "industry" });
    const task = await createTask(t.ctx, { title: "Send the zebrafish paper", contactId: bo.id });
    await addExchange(t.ctx, bo.id, { direction: "received", description: "A tip about cryo-EM facilities" });
    return { ana, bo, talk, insight, goal, task };
  }

  it("finds a word only in a conversation's notes, only in an insight, only in a tag, and in every kind", async () => {
    t = await createTestRuntime(dialect);
    const w = await world();
    const kindsOf = async (q: string) => (await search(t.ctx, { q })).items.map((i) => `${i.kind}:${i.id}`);
    expect(await kindsOf("meetup")).toEqual([`conversation:${w.talk.id}`]);
    expect(await kindsOf("single-cell")).toEqual([`insight:${w.insight.id}`]);
    expect(await kindsOf("BIOINFORMATICS")).toEqual([`contact:${w.ana.id}`]);
    expect(await kindsOf("nunez")).toEqual([`contact:${w.ana.id}`]);
    expect(await kindsOf("proteom")).toEqual([`goal:${w.goal.id}`]);
    expect(await kindsOf("zebrafish")).toEqual([`task:${w.task.id}`]);
    expect((await search(t.ctx, { q: "cryo" })).items.map((i) => i.kind)).toEqual(["exchange"]);
    const hit = (await search(t.ctx, { q: "meet" })).items[0];
    expect(hit).toMatchObject({
      contactId: w.ana.id,
      conversationId: w.talk.id,
      title: "Conversation with Ana Ñúñez",
    });
    const mark = hit?.highlights[0];
    expect(mark && hit?.snippet.slice(mark.start, mark.end)).toBe("meetup");
    expect((await search(t.ctx, { q: "meetup", kinds: "contact,goal" })).items).toEqual([]);
    expect((await search(t.ctx, { q: "m" })).items).toEqual([]);
  });

  it("answers a single letter with the people, organisations and goals whose names have a word starting with it", async () => {
    t = await createTestRuntime(dialect);
    const w = await world();
    const ids = async (q: string, kinds?: string) =>
      (await search(t.ctx, { q, ...(kinds ? { kinds } : {}) })).items.map((i) => `${i.kind}:${i.id}`);
    expect(await ids("b")).toEqual([`contact:${w.bo.id}`]);
    expect(await ids("N")).toEqual([`contact:${w.ana.id}`]);
    expect(await ids("e")).toEqual([`goal:${w.goal.id}`]);
    expect(await ids("e", "contact,task")).toEqual([]);
    const hit = (await search(t.ctx, { q: "l" })).items[0];
    expect(hit?.title).toBe("Bo Lind");
    const mark = hit?.highlights[0];
    expect(mark && hit?.snippet.slice(mark.start, mark.end)).toMatch(/^l/i);
  });

  it("finds my older record when other people's newer records, or mine of other kinds, hold the same word", async () => {
    t = await createTestRuntime(dialect);
    const mine = await createGoal(t.ctx, { title: "Lovelace fellowship", kind: "industry" });
    const bob = await t.otherUser();
    const theirs = await createContact(bob, { firstName: "Ada", lastName: "Lovelace" });
    // More newer matches than the search ranks (SEARCH_CANDIDATES), written in one statement each.
    const tasks = (ownerId: string, title: string) =>
      t.runtime.db.kysely
        .insertInto("tasks")
        .values(
          Array.from({ length: SEARCH_CANDIDATES + 10 }, (_, i) => ({
            id: newId(),
            owner_id: ownerId,
            contact_id: null,
            conversation_id: null,
            goal_id: null,
            kind: "other",
            title: `${title} ${i}`,
            notes: "",
            due_at: null,
            snoozed_until: null,
            done_at: null,
            created_at: "2026-11-22T09:00:00.000Z",
            updated_at: "2026-11-22T09:00:00.000Z",
          })),
        )
        .execute();
    await tasks(bob.user.id, "Lovelace");
    await tasks(t.ctx.user.id, "Read Lovelace");
    const hits = async (ctx: typeof bob, q: string, kinds?: string) =>
      (await search(ctx, { q, limit: 50, ...(kinds ? { kinds } : {}) })).items;
    expect((await hits(t.ctx, "lovelace", "goal")).map((i) => i.id)).toEqual([mine.id]);
    expect((await hits(t.ctx, "lovel")).every((i) => i.title.startsWith("Read"))).toBe(true);
    expect((await hits(t.ctx, "lovelace", "task")).every((i) => i.title.startsWith("Read"))).toBe(true);
    expect((await hits(bob, "lovelace", "contact")).map((i) => i.id)).toEqual([theirs.id]);
    expect((await hits(bob, "lovelace", "goal")).map((i) => i.id)).toEqual([]);
    expect((await hits(bob, "l")).map((i) => i.id)).toEqual([theirs.id]);
    expect((await hits(t.ctx, "l")).map((i) => i.id)).toEqual([mine.id]);
  });

  it("finds the few records holding two common words, older than many holding one of them", async () => {
    t = await createTestRuntime(dialect);
    /** Tasks with these titles, oldest first, a thousand a statement. */
    const addTasks = async (titles: string[]) => {
      for (let at = 0; at < titles.length; at += 1000) {
        await t.runtime.db.kysely
          .insertInto("tasks")
          .values(
            titles.slice(at, at + 1000).map((title) => ({
              id: newId(),
              owner_id: t.ctx.user.id,
              contact_id: null,
              conversation_id: null,
              goal_id: null,
              kind: "other",
              title,
              notes: "",
              due_at: null,
              snoozed_until: null,
              done_at: null,
              created_at: "2026-11-22T09:00:00.000Z",
              updated_at: "2026-11-22T09:00:00.000Z",
            })),
          )
          .execute();
      }
    };
    const many = (n: number, title: (i: number) => string) => Array.from({ length: n }, (_, i) => title(i));
    await addTasks(["Robotics lead at Acme: ask about the arm", "Ask the robotics leadership panel"]);
    // Then many more holding one word or the other, and more newer records than the newest
    // PostgreSQL reads first, holding neither.
    await addTasks(many(SEARCH_CANDIDATES + 50, (i) => `Robotics reading ${i}`));
    await addTasks(many(2 * SEARCH_CANDIDATES, (i) => `Lead the reading group ${i}`));
    await addTasks(many(POSTGRES_WINDOW + 10, (i) => `Send the agenda ${i}`));
    // With the table's statistics, as a database that has been in use for a while has them.
    if (dialect === "postgres") await sql`analyze search_documents`.execute(t.runtime.db.kysely);
    const titles = async (q: string) =>
      (await search(t.ctx, { q, kinds: "task", limit: 50 })).items.map((i) => i.title).sort();
    expect(await titles("robotics lead")).toEqual([
      "Ask the robotics leadership panel",
      "Robotics lead at Acme: ask about the arm",
    ]);
    expect(await titles("lead robotics")).toEqual(["Robotics lead at Acme: ask about the arm"]);
    expect(await titles("robotics leaders")).toEqual(["Ask the robotics leadership panel"]);
    expect(await titles("robotics agenda")).toEqual([]);
  });

  it("keeps up with edits and deletes, and another user finds nothing of mine", async () => {
    t = await createTestRuntime(dialect);
    const w = await world();
    await updateConversation(t.ctx, w.talk.id, { notes: "Talked about robotics instead." });
    expect((await search(t.ctx, { q: "meetup" })).items).toEqual([]);
    expect((await search(t.ctx, { q: "robotics" })).items.map((i) => i.id)).toEqual([w.talk.id]);
    await updateContact(t.ctx, w.ana.id, { tags: ["genomics"] });
    expect((await search(t.ctx, { q: "bioinformatics" })).items).toEqual([]);
    expect((await search(t.ctx, { q: "genomics" })).items.map((i) => i.id)).toEqual([w.ana.id]);
    await deleteInsight(t.ctx, w.insight.id);
    expect((await search(t.ctx, { q: "sequencing" })).items).toEqual([]);
    const bob = await t.otherUser();
    expect((await search(bob, { q: "robotics" })).items).toEqual([]);
    expect((await expertise(bob, { q: "genomics" })).items).toEqual([]);
  });

  it("is right after a backup is restored into another account", async () => {
    t = await createTestRuntime(dialect);
    const w = await world();
    const backup = JSON.parse(JSON.stringify(await exportBackup(t.ctx)));
    const bob = await t.otherUser();
    await restoreBackup(bob, backup, { newIds: true });
    const found = (await search(bob, { q: "meetup" })).items;
    expect(found).toHaveLength(1);
    expect(found[0]?.id).not.toBe(w.talk.id);
    expect((await search(bob, { q: "single cell" })).items.map((i) => i.kind)).toEqual(["insight"]);
    expect((await search(t.ctx, { q: "meetup" })).items.map((i) => i.id)).toEqual([w.talk.id]);
  });

  it("ranks a person whose insight mentions the topic above one who only shares a word in a title", async () => {
    t = await createTestRuntime(dialect);
    const titled = await createContact(t.ctx, {
      firstName: "Cy",
      lastName: "Title",
      title: "Sequencing sales rep",
    });
    const w = await world();
    const result = await expertise(t.ctx, { q: "sequencing" });
    expect(result.items.map((p) => p.contactId)).toEqual([w.ana.id, titled.id]);
    expect(result.items[0]?.evidence[0]).toMatchObject({ kind: "insight", id: w.insight.id });
    expect(result.items[0]?.name).toBe("Ana Ñúñez");
    await addInsight(t.ctx, w.talk.id, { text: "Sequencing cores want SQL and Python." });
    expect((await askAbout(t.ctx, w.ana.id)).topics).toContain("Sequencing");
  });
});
