import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { deleteAccount } from "./account.service.js";
import { fillWithData } from "./backup.fixture.js";
import { exportBackup, restoreBackup } from "./backup.service.js";
import { restoreBackupSource } from "./backup-read.js";
import { writeBackup } from "./backup-write.js";
import { createCohort, getCohortProgress, joinCohort } from "./cohorts.service.js";
import { listContacts } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { getConversationQuestions } from "./conversation-questions.service.js";
import { listConversations } from "./conversations.service.js";

/** Columns that name the person a row belongs to or is about, beside `users.id`. */
const PERSON_COLUMNS = ["owner_id", "user_id", "student_id", "advisor_id"];

/** Rows of every table of the live database that belong to the user or are about them. */
async function rowsOf(t: TestRuntime, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await t.runtime.db.kysely.introspection.getTables()) {
    const columns = table.columns.map((c) => c.name).filter((name) => PERSON_COLUMNS.includes(name));
    if (table.name === "users") columns.push("id");
    for (const column of columns) {
      const row = await sql<{
        n: number | string;
      }>`select count(*) as n from ${sql.table(table.name)} where ${sql.ref(column)} = ${userId}`.execute(
        t.runtime.db.kysely,
      );
      counts[`${table.name}.${column}`] = Number(row.rows[0]?.n ?? 0);
    }
  }
  return counts;
}

describe.each(dialects)("from laptop to a shared database [%s]", (dialect) => {
  let t: TestRuntime;
  afterEach(async () => {
    await t.close();
  });

  it("restores one backup into a second account of the same database with new ids, references kept", async () => {
    t = await createTestRuntime(dialect);
    const { talk } = await fillWithData(t.ctx);
    const backup = JSON.parse(JSON.stringify(await exportBackup(t.ctx)));
    const bob = await t.otherUser();

    // The same ids are taken in this database: a restore that keeps them cannot go in.
    await expect(restoreBackup(bob, backup)).rejects.toBeDefined();
    expect((await exportBackup(bob)).tables.contacts).toHaveLength(0);

    // As a file restores: read line by line.
    let text = "";
    await writeBackup(t.ctx, (chunk) => {
      text += chunk;
    });
    const lines = async function* () {
      yield* text.split("\n");
    };
    const counts = await restoreBackupSource(
      bob,
      { name: "backup.json", lines },
      { dryRun: false, newIds: true },
    );
    expect(counts).toMatchObject({ contacts: 2, conversations: 1, conversation_questions: 2, snoozes: 1 });

    const people = (await listContacts(bob, {})).items;
    const ann = people.find((p) => p.firstName === "Ann");
    const ben = people.find((p) => p.firstName === "Ben");
    expect(ann && ben).toBeTruthy();
    expect(ben?.introducedById).toBe(ann?.id);
    expect(people.map((p) => p.id)).not.toContain(talk.contactId);

    const [bobsTalk] = (await listConversations(bob, {})).items;
    expect(bobsTalk?.id).not.toBe(talk.id);
    expect(bobsTalk?.contactId).toBe(ben?.id);
    const questions = await getConversationQuestions(bob, bobsTalk?.id ?? "");
    expect(questions.items[0]).toMatchObject({ note: "Started as a lab tech; moved to robotics in 2019." });
    const restored = await exportBackup(bob);
    expect(restored.tables.snoozes[0]?.item_key).toBe(`thank-you:${bobsTalk?.id}`);

    // The first account is as it was.
    expect(await exportBackup(t.ctx)).toEqual(backup);
  });

  it("deletes an account: no row of theirs remains anywhere, nobody else's row is touched", async () => {
    t = await createTestRuntime(dialect);
    await fillWithData(t.ctx);
    const bob: ServiceContext = await t.otherUser();
    await fillWithData(bob);
    const mine = JSON.parse(JSON.stringify(await exportBackup(t.ctx)));
    // Bob also leads a cohort, and is in one of mine, and I read his figures.
    await t.runtime.system.setCentreRole(t.ctx.user.id, "advisor", "2026-11-01T00:00:00.000Z");
    await t.runtime.system.setCentreRole(bob.user.id, "advisor", "2026-11-01T00:00:00.000Z");
    await createCohort(bob, { name: "Bob's" });
    const mineCohort = await createCohort(t.ctx, { name: "Mine" });
    await joinCohort(bob, { code: mineCohort.inviteCode ?? "", sharing: "counts" });
    await getCohortProgress(t.ctx, mineCohort.id, async () => bob);
    const before = await rowsOf(t, bob.user.id);
    expect(before["contacts.owner_id"]).toBe(2);
    expect(before["users.id"]).toBe(1);
    expect(before["advisor_reads.student_id"]).toBe(1);
    expect(before["cohorts.advisor_id"]).toBe(1);

    await deleteAccount(bob);

    const after = await rowsOf(t, bob.user.id);
    expect(Object.keys(after).length).toBeGreaterThan(20);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(await exportBackup(t.ctx)).toEqual(mine);
  });
});
