import { afterEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import {
  createCohort,
  getCohortProgress,
  joinCohort,
  leaveCohort,
  listCohorts,
  readsAboutMe,
  type StudentContext,
  setSharing,
} from "./cohorts.service.js";
import { createContact } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { createConversation, moveConversation } from "./conversations.service.js";
import { createMessage } from "./messages.service.js";

describe.each(dialects)("cohorts with consented progress [%s]", (dialect) => {
  let t: TestRuntime;
  let advisor: ServiceContext;
  let student: ServiceContext;
  let open: StudentContext;
  afterEach(async () => {
    await t.close();
  });

  async function setUp() {
    t = await createTestRuntime(dialect);
    advisor = t.ctx;
    student = await t.otherUser();
    await t.runtime.system.setCentreRole(advisor.user.id, "advisor", "2026-11-01T00:00:00.000Z");
    open = async (id) => (id === student.user.id ? student : undefined);
    // The student's own record: two requests, one answered, one conversation held, with a note.
    const sam = await createContact(student, {
      firstName: "Samira",
      lastName: "Quell",
      notes: "secret-note-words",
    });
    const kim = await createContact(student, { firstName: "Kim" });
    await createMessage(student, {
      contactId: sam.id,
      purpose: "request",
      sentAt: "2026-11-10T09:00:00Z",
      repliedAt: "2026-11-11T09:00:00Z",
      subject: "Coffee?",
      body: "private-message-words",
    });
    await createMessage(student, {
      contactId: kim.id,
      purpose: "request",
      sentAt: "2026-11-12T09:00:00Z",
      subject: "Hi",
      body: "x",
    });
    const talk = await createConversation(student, {
      contactId: sam.id,
      stage: "scheduled",
      scheduledAt: "2026-11-18T10:00:00Z",
    });
    await moveConversation(student, talk.id, { stage: "done" });
  }

  it("shows an advisor a consenting student's counts, never a name, note or message; nothing once consent is withdrawn", async () => {
    await setUp();
    const cohort = await createCohort(advisor, { name: "PhD careers, winter" });
    expect(cohort.inviteCode).toBeTruthy();
    const joined = await joinCohort(student, { code: cohort.inviteCode ?? "", sharing: "counts" });
    expect(joined.mySharing).toBe("counts");

    const progress = await getCohortProgress(advisor, cohort.id, open);
    expect(progress.students).toHaveLength(1);
    const [row] = progress.students;
    expect(row?.label).toBe("Student 1");
    expect(row?.named).toBe(false);
    expect(row?.figures).toMatchObject({
      requestsSent: 2,
      replies: 1,
      conversationsHeld: 1,
      thankYousSent: 0,
    });
    expect(row?.flags).toContain("thank-yous-overdue");
    expect(progress.funnel).toMatchObject({ requestsSent: 2, replies: 1, replyRate: 0.5 });
    const text = JSON.stringify(progress);
    for (const secret of ["Samira", "Quell", "Kim", "secret-note-words", "private-message-words", "Bob"])
      expect(text).not.toContain(secret);

    // The student sees that the advisor read their figures.
    const reads = await readsAboutMe(student, async () => "Advisor");
    expect(reads).toEqual([
      expect.objectContaining({ cohortName: "PhD careers, winter", what: "progress figures" }),
    ]);

    await setSharing(student, cohort.id, "counts-and-name");
    expect((await getCohortProgress(advisor, cohort.id, open)).students[0]).toMatchObject({
      label: "Bob",
      named: true,
    });

    await setSharing(student, cohort.id, "none");
    const withdrawn = await getCohortProgress(advisor, cohort.id, open);
    expect(withdrawn.students).toEqual([]);
    expect(withdrawn.notSharing).toBe(1);
    expect(withdrawn.funnel.requestsSent).toBe(0);

    await leaveCohort(student, cohort.id);
    expect((await getCohortProgress(advisor, cohort.id, open)).notSharing).toBe(0);
    expect(await listCohorts(student)).toEqual([]);
  });

  it("keeps cohorts to their advisor: a student cannot create one or read another's progress", async () => {
    await setUp();
    await expect(createCohort(student, { name: "Mine" })).rejects.toMatchObject({ code: "forbidden" });
    const cohort = await createCohort(advisor, { name: "Winter" });
    await expect(getCohortProgress(student, cohort.id, open)).rejects.toMatchObject({ code: "not_found" });
    // Another advisor does not find it.
    await t.runtime.system.setCentreRole(student.user.id, "advisor", "2026-11-01T00:00:00.000Z");
    await expect(getCohortProgress(student, cohort.id, open)).rejects.toMatchObject({ code: "not_found" });
    await expect(joinCohort(student, { code: "not-a-code", sharing: "counts" })).rejects.toMatchObject({
      field: "code",
    });
    // The student's list shows only what they joined; the advisor's shows the invitation code.
    expect((await listCohorts(advisor)).map((c) => [c.name, Boolean(c.inviteCode)])).toEqual([
      ["Winter", true],
    ]);
  });
});
