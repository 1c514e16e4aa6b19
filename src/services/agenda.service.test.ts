import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { SECTION_LIMIT, STAY_IN_TOUCH_BUDGET } from "../core/agenda.js";
import { RELATIONSHIP_STRENGTHS } from "../core/contact-fields.js";
import { nextTouchDue } from "../core/stay-in-touch.js";
import { getAgenda, getDueCount, snoozeItem } from "./agenda.service.js";
import { archiveContact, createContact, getContact } from "./contacts.service.js";
import { createConversation } from "./conversations.service.js";
import { createInteraction, createMessage } from "./messages.service.js";
import { createTask } from "./tasks.service.js";

const NOW = "2026-11-22T09:00:00.000Z";
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

describe.each(dialects)("today's agenda, bounded [%s]", (dialect) => {
  let t: TestRuntime;
  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock(NOW));
  });
  afterEach(async () => {
    await t.close();
  });

  /** A warm contact last in touch `days` ago (due after 90 days). */
  async function lastTouched(name: string, days: number) {
    const contact = await createContact(t.ctx, { firstName: name, relationshipStrength: "warm" });
    await createInteraction(t.ctx, { contactId: contact.id, kind: "call", occurredAt: daysAgo(days) });
    return contact;
  }

  const stayInTouch = async () =>
    (await getAgenda(t.ctx)).sections.flatMap((s) => s.items).filter((i) => i.kind === "stay-in-touch");

  it("suggests the day's budget of the most overdue people and counts the others", async () => {
    const people = [];
    for (let n = 0; n < STAY_IN_TOUCH_BUDGET + 3; n++) people.push(await lastTouched(`P${n}`, 100 + n * 10));
    await lastTouched("Recent", 10);
    const agenda = await getAgenda(t.ctx);
    const shown = agenda.sections.flatMap((s) => s.items).filter((i) => i.kind === "stay-in-touch");
    expect(shown.map((i) => i.contactName)).toEqual(
      people
        .slice(3)
        .reverse()
        .map((p) => p.firstName),
    );
    expect(agenda.notShown["stay-in-touch"]).toBe(3);
  });

  it("fills a snoozed suggestion's place with the next most overdue person", async () => {
    const people = [];
    for (let n = 0; n < STAY_IN_TOUCH_BUDGET + 1; n++) people.push(await lastTouched(`P${n}`, 200 - n * 10));
    const first = people[0];
    if (!first) throw new Error("no people");
    await snoozeItem(t.ctx, { key: `stay-in-touch:${first.id}` });
    const shown = await stayInTouch();
    expect(shown).toHaveLength(STAY_IN_TOUCH_BUDGET);
    expect(shown.map((i) => i.contactId)).not.toContain(first.id);
    expect(shown.map((i) => i.contactId)).toContain(people.at(-1)?.id);
  });

  it("keeps when a touch is due in step with the cadence rules for every strength", async () => {
    for (const strength of RELATIONSHIP_STRENGTHS) {
      for (const stayInTouchDays of [null, 30]) {
        const created = await createContact(t.ctx, {
          firstName: strength,
          relationshipStrength: strength,
          stayInTouchDays,
        });
        await createInteraction(t.ctx, { contactId: created.id, kind: "call", occurredAt: daysAgo(400) });
        const contact = await getContact(t.ctx, created.id);
        const expected = nextTouchDue({
          strength: contact.relationshipStrength,
          cadenceOverride: contact.stayInTouchDays,
          lastTouchAt: contact.lastTouchAt,
          nextTouchAt: contact.nextTouchAt,
        });
        const item = (await stayInTouch()).find((i) => i.contactId === contact.id);
        expect(item?.dueAt ?? null).toBe(expected?.toISOString() ?? null);
        await snoozeItem(t.ctx, { key: `stay-in-touch:${contact.id}` });
      }
    }
    const dated = await createContact(t.ctx, {
      firstName: "Dated",
      nextTouchAt: "2026-11-20T10:00:00+02:00",
    });
    expect((await stayInTouch()).find((i) => i.contactId === dated.id)?.dueAt).toBe(
      "2026-11-20T08:00:00.000Z",
    );
  });

  it("lists at most a page of tasks, the most overdue first, and says how many more are due", async () => {
    for (let n = 0; n < SECTION_LIMIT + 4; n++) {
      await createTask(t.ctx, { title: `Task ${n}`, dueAt: daysAgo(n + 1) });
    }
    const agenda = await getAgenda(t.ctx);
    const overdue = agenda.sections.find((s) => s.id === "overdue");
    expect(overdue?.items).toHaveLength(SECTION_LIMIT);
    expect(overdue?.items[0]?.title).toBe(`Task ${SECTION_LIMIT + 3}`);
    expect(agenda.notShown.task).toBe(4);
  });

  it("counts every meeting of the coming week, shown or not, as meetings come and go", async () => {
    const inDays = (days: number) => new Date(Date.parse(NOW) + days * 86_400_000).toISOString();
    const meet = async (name: string, days: number) => {
      const contact = await createContact(t.ctx, { firstName: name });
      await createConversation(t.ctx, {
        contactId: contact.id,
        stage: "scheduled",
        scheduledAt: inDays(days),
      });
      return contact;
    };
    /** Meetings on the agenda, and those it only counts. */
    const meetings = async () => {
      const agenda = await getAgenda(t.ctx);
      const shown = agenda.sections.flatMap((s) => s.items).filter((i) => i.kind === "meeting");
      return shown.length + (agenda.notShown.meeting ?? 0);
    };
    const people = [];
    for (let n = 0; n < SECTION_LIMIT + 2; n++) people.push(await meet(`M${n}`, 1 + (n % 5)));
    await meet("Next month", 30);
    expect(await meetings()).toBe(SECTION_LIMIT + 2);
    expect(await meetings()).toBe(SECTION_LIMIT + 2);
    await meet("Added", 2);
    expect(await meetings()).toBe(SECTION_LIMIT + 3);
    for (const person of people.slice(0, 2)) await archiveContact(t.ctx, person.id);
    expect(await meetings()).toBe(SECTION_LIMIT + 1);
  });

  it("counts what is due today for the badge, overdue apart", async () => {
    await createTask(t.ctx, { title: "Late", dueAt: daysAgo(2) });
    await createTask(t.ctx, {
      title: "Later today",
      dueAt: new Date(Date.parse(NOW) + 3_600_000).toISOString(),
    });
    await createTask(t.ctx, {
      title: "Next week",
      dueAt: new Date(Date.parse(NOW) + 5 * 86_400_000).toISOString(),
    });
    expect(await getDueCount(t.ctx)).toEqual({ due: 2, overdue: 1 });
  });
});

describe.each(dialects)("today's agenda, someone else to ask [%s]", (dialect) => {
  let t: TestRuntime;
  let clock: ReturnType<typeof fixedClock>;
  beforeEach(async () => {
    clock = fixedClock(NOW);
    t = await createTestRuntime(dialect, clock);
  });
  afterEach(async () => {
    await t.close();
  });

  /** A contact added a minute after the last one, so that the order of adding is plain. */
  async function added(firstName: string, organization: string) {
    clock.advance(60_000);
    return createContact(t.ctx, { firstName, lastName: "Test", organization });
  }

  /** A request to `contactId` that went unanswered through two nudges. */
  async function unanswered(contactId: string) {
    await createConversation(t.ctx, { contactId, stage: "to-ask" });
    for (const [purpose, days] of [
      ["request", 40],
      ["follow-up", 28],
      ["follow-up", 16],
    ] as const) {
      await createMessage(t.ctx, { contactId, purpose, sentAt: daysAgo(days) });
    }
  }

  it("names, at each organisation, the first person added there with whom nothing has started", async () => {
    const ada = await added("Ada", "Acme");
    const gus = await added("Gus", "Globex");
    const archived = await added("Arch", "Acme");
    await archiveContact(t.ctx, archived.id);
    const talking = await added("Tom", "Acme");
    await createConversation(t.ctx, { contactId: talking.id, stage: "idea" });
    await added("Omar", "Acme");
    await added("Olga", "Acme");
    await added("Gita", "Globex");
    await added("Solo", "Initech");
    for (const person of [ada, gus]) await unanswered(person.id);
    const letGo = (await getAgenda(t.ctx)).sections
      .flatMap((s) => s.items)
      .filter((i) => i.kind === "follow-up" && i.step === "let-go");
    expect(Object.fromEntries(letGo.map((i) => [i.contactName, i.detail]))).toEqual({
      "Ada Test": expect.stringMatching(/ask Omar Test, also at Acme\.$/),
      "Gus Test": expect.stringMatching(/ask Gita Test, also at Globex\.$/),
    });
  });
});
