import { afterEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { fillWithData } from "./backup.fixture.js";
import { exportBackup, restoreBackup } from "./backup.service.js";
import { createContact } from "./contacts.service.js";
import { getConversationQuestions } from "./conversation-questions.service.js";

const pairs = dialects.flatMap((from) => dialects.map((to) => [from, to] as const));

describe.each(pairs)("backup from %s restored into %s", (from, to) => {
  const open: TestRuntime[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });

  it("gives back everything, exactly", async () => {
    const source = await createTestRuntime(from);
    const target = await createTestRuntime(to);
    open.push(source, target);
    const { talk } = await fillWithData(source.ctx);
    const backup = JSON.parse(JSON.stringify(await exportBackup(source.ctx)));
    const counts = await restoreBackup(target.ctx, backup);
    expect(counts).toMatchObject({
      contacts: 2,
      organizations: 1,
      tags: 2,
      contact_tags: 2,
      conversations: 1,
      stage_events: 2,
      messages: 1,
      tasks: 1,
      snoozes: 1,
      conversation_questions: 2,
    });
    const questions = await getConversationQuestions(target.ctx, talk.id);
    expect(questions.saved).toBe(true);
    expect(questions.items[0]).toMatchObject({
      askedAt: "2026-11-20T10:05:00.000Z",
      note: "Started as a lab tech; moved to robotics in 2019.",
    });
    expect(questions.items[1]).toMatchObject({ askedAt: null, note: "" });
    const again = await exportBackup(target.ctx);
    const sorted = (b: typeof again) =>
      Object.fromEntries(
        Object.entries(b.tables).map(([name, rows]) => [
          name,
          [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
        ]),
      );
    expect(sorted(again)).toEqual(sorted(backup));
    expect(again.user).toEqual(backup.user);
  });
});

describe.each(dialects)("restore safety [%s]", (dialect) => {
  let t: TestRuntime;
  afterEach(async () => {
    await t.close();
  });

  it("refuses a file that is not a backup, and an account that has data, writing nothing", async () => {
    t = await createTestRuntime(dialect);
    await expect(restoreBackup(t.ctx, { hello: 1 })).rejects.toMatchObject({ field: "format" });
    await createContact(t.ctx, { firstName: "Zed" });
    const backup = await exportBackup(t.ctx);
    await expect(restoreBackup(t.ctx, backup)).rejects.toMatchObject({ code: "conflict" });
    expect((await exportBackup(t.ctx)).tables.contacts).toHaveLength(1);
  });
});
