import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  type Agenda,
  type AgendaConversation,
  type AgendaInput,
  type AgendaItem,
  type AgendaTask,
  buildAgenda,
} from "./agenda.js";
import type { HabitProgress } from "./habit.js";

const ZONE = "Europe/Berlin";
const berlin = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toJSDate().toISOString();
// Wednesday 2026-03-11, 10:00 in Berlin.
const NOW = new Date(berlin("2026-03-11T10:00"));
const HABIT: HabitProgress = { perWeek: 1, thisWeek: 0, streakWeeks: 2, weekStart: "2026-03-09" };

function conversation(
  fields: Partial<AgendaConversation> & Pick<AgendaConversation, "id">,
): AgendaConversation {
  return {
    contactId: `contact-${fields.id}`,
    contactName: `Person ${fields.id}`,
    contactZone: null,
    organization: null,
    stage: "idea",
    scheduledAt: null,
    durationMinutes: null,
    prep: "",
    thankYouSentAt: null,
    doneAt: null,
    requestSentAt: null,
    nudgesSentAt: [],
    lastHeardAt: null,
    ...fields,
  };
}

function task(fields: Partial<AgendaTask> & Pick<AgendaTask, "id">): AgendaTask {
  return {
    title: `Task ${fields.id}`,
    notes: "",
    dueAt: null,
    contactId: null,
    contactName: null,
    conversationId: null,
    ...fields,
  };
}

function agenda(fields: Partial<AgendaInput> = {}): Agenda {
  return buildAgenda({
    now: NOW,
    userZone: ZONE,
    holidays: [],
    conversations: [],
    contactsDue: [],
    tasks: [],
    snoozedUntil: new Map(),
    habit: HABIT,
    suggestion: null,
    ...fields,
  });
}

function section(result: Agenda, id: "overdue" | "today" | "upcoming"): AgendaItem[] {
  const found = result.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found.items;
}

function all(result: Agenda): AgendaItem[] {
  return result.sections.flatMap((s) => s.items);
}

function keys(items: AgendaItem[]): string[] {
  return items.map((i) => i.key);
}

const doneYesterday = conversation({
  id: "c1",
  stage: "done",
  scheduledAt: berlin("2026-03-10T15:00"),
  durationMinutes: 45,
  doneAt: berlin("2026-03-10T16:00"),
});

describe("agenda", () => {
  it("lists overdue first, then today, then coming up, for my date and zone", () => {
    const result = agenda();
    expect(result.sections.map((s) => s.id)).toEqual(["overdue", "today", "upcoming"]);
    expect(result.date).toBe("2026-03-11");
    expect(result.timeZone).toBe(ZONE);
    expect(result.habit).toBe(HABIT);
  });

  it("asks for a thank-you today after yesterday's conversation, due by the end of today", () => {
    const result = agenda({ conversations: [doneYesterday] });
    const today = section(result, "today");
    expect(today).toHaveLength(1);
    expect(today[0]).toMatchObject({
      key: "thank-you:c1",
      kind: "thank-you",
      conversationId: "c1",
      contactId: "contact-c1",
      overdue: false,
      dueAt: "2026-03-11T22:59:59.999Z",
    });
    expect(section(result, "overdue")).toEqual([]);
  });

  it("asks for a thank-you in Today even when it is due tomorrow", () => {
    const doneThisMorning = conversation({
      id: "c2",
      stage: "done",
      scheduledAt: berlin("2026-03-11T08:00"),
      doneAt: berlin("2026-03-11T09:00"),
    });
    const today = section(agenda({ conversations: [doneThisMorning] }), "today");
    expect(today.map((i) => [i.kind, i.conversationId, i.dueAt])).toEqual([
      ["thank-you", "c2", "2026-03-12T22:59:59.999Z"],
    ]);
  });

  it("shows a late thank-you as overdue", () => {
    const doneSunday = conversation({
      id: "c3",
      stage: "done",
      scheduledAt: berlin("2026-03-08T11:00"),
      doneAt: berlin("2026-03-08T12:00"),
    });
    const result = agenda({ conversations: [doneSunday] });
    expect(section(result, "overdue")).toMatchObject([
      { kind: "thank-you", conversationId: "c3", overdue: true, dueAt: berlin("2026-03-09T23:59:59.999") },
    ]);
    expect(section(result, "today")).toEqual([]);
  });

  it("drops the thank-you once it was sent", () => {
    const thanked = { ...doneYesterday, thankYouSentAt: berlin("2026-03-11T09:00") };
    expect(all(agenda({ conversations: [thanked] }))).toEqual([]);
  });

  it("shows today's meeting in Today, and asks to prepare when there are no prep notes", () => {
    const meeting = conversation({
      id: "m1",
      stage: "scheduled",
      scheduledAt: berlin("2026-03-11T15:00"),
      durationMinutes: 30,
    });
    const result = agenda({ conversations: [meeting] });
    expect(section(result, "today")).toMatchObject([
      {
        key: "meeting:m1",
        kind: "meeting",
        conversationId: "m1",
        dueAt: meeting.scheduledAt,
        overdue: false,
      },
    ]);
    // Preparation was due by the end of yesterday.
    expect(section(result, "overdue")).toMatchObject([
      { key: "prep:m1", kind: "prep", conversationId: "m1", dueAt: berlin("2026-03-10T23:59:59.999") },
    ]);
    const prepared = agenda({ conversations: [{ ...meeting, prep: "Ask about the move to industry." }] });
    expect(all(prepared).map((i) => i.kind)).toEqual(["meeting"]);
  });

  it("leaves the meeting's time to its dueAt, so the app and the CLI write it in one style", () => {
    const meeting = conversation({
      id: "m1",
      stage: "scheduled",
      scheduledAt: berlin("2026-03-11T15:00"),
      durationMinutes: 30,
    });
    const [item] = section(agenda({ conversations: [meeting] }), "today");
    expect(item?.detail).toMatch(/^30 minutes\. Be a little early/);
    expect(item?.detail).not.toMatch(/\d{1,2}:\d{2}/);
  });

  it("asks today to prepare for tomorrow's meeting, which is coming up", () => {
    const tomorrow = conversation({ id: "m2", stage: "scheduled", scheduledAt: berlin("2026-03-12T09:00") });
    const result = agenda({ conversations: [tomorrow] });
    expect(keys(section(result, "today"))).toEqual(["prep:m2"]);
    expect(keys(section(result, "upcoming"))).toEqual(["meeting:m2"]);
  });

  it("keeps a meeting that has just started in Today, and calls it overdue only once it is over", () => {
    const started = conversation({
      id: "m3",
      stage: "scheduled",
      scheduledAt: berlin("2026-03-11T09:30"),
      prep: "x",
    });
    expect(keys(section(agenda({ conversations: [started] }), "today"))).toEqual(["meeting:m3"]);
    const early = conversation({
      id: "m4",
      stage: "scheduled",
      scheduledAt: berlin("2026-03-11T08:00"),
      prep: "x",
    });
    expect(keys(section(agenda({ conversations: [early] }), "overdue"))).toEqual(["meeting:m4"]);
  });

  it("asks to nudge after a request that got no reply for 15 days", () => {
    const asked = conversation({
      id: "a1",
      stage: "asked",
      contactZone: "America/New_York",
      requestSentAt: new Date(NOW.getTime() - 15 * 86_400_000).toISOString(),
    });
    const items = all(agenda({ conversations: [asked] }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "follow-up", step: "nudge", conversationId: "a1", overdue: true });
    expect(keys(section(agenda({ conversations: [asked] }), "overdue"))).toEqual(["follow-up:a1:nudge:0"]);
    // A reply after the request ends the follow-up.
    const replied = { ...asked, lastHeardAt: berlin("2026-03-02T10:00") };
    expect(all(agenda({ conversations: [replied] }))).toEqual([]);
  });

  it("asks to check for a reply 3 business days after the request, and lets go after two nudges", () => {
    const checking = conversation({ id: "a2", stage: "asked", requestSentAt: berlin("2026-03-06T09:00") });
    expect(all(agenda({ conversations: [checking] }))).toMatchObject([
      { kind: "follow-up", step: "check", dueAt: berlin("2026-03-11T09:00") },
    ]);
    const lettingGo = conversation({
      id: "a3",
      stage: "asked",
      organization: "Acme Labs",
      requestSentAt: berlin("2026-02-02T09:00"),
      nudgesSentAt: [berlin("2026-02-11T09:00"), berlin("2026-02-20T09:00")],
    });
    const [item] = all(agenda({ conversations: [lettingGo] }));
    expect(item).toMatchObject({ kind: "follow-up", step: "let-go", key: "follow-up:a3:let-go:2" });
    expect(item?.detail).toContain("Acme Labs");
  });

  it("hides a snoozed item until its time, then shows it again", () => {
    const key = "thank-you:c1";
    const snoozed = agenda({
      conversations: [doneYesterday],
      snoozedUntil: new Map([[key, berlin("2026-03-11T14:00")]]),
    });
    expect(all(snoozed)).toEqual([]);
    const woken = agenda({
      conversations: [doneYesterday],
      snoozedUntil: new Map([[key, berlin("2026-03-11T09:59")]]),
    });
    expect(keys(all(woken))).toEqual([key]);
  });

  it("puts tasks without a due date in Today, and dated tasks by their date within the next week", () => {
    const result = agenda({
      tasks: [
        task({ id: "t1", title: "Send Ada the paper" }),
        task({ id: "t2", dueAt: berlin("2026-03-14T12:00") }),
        task({ id: "t3", dueAt: berlin("2026-03-25T12:00") }),
        task({ id: "t4", dueAt: berlin("2026-03-10T12:00") }),
      ],
    });
    expect(section(result, "today")).toMatchObject([
      { key: "task:t1", taskId: "t1", title: "Send Ada the paper" },
    ]);
    expect(keys(section(result, "upcoming"))).toEqual(["task:t2"]);
    expect(keys(section(result, "overdue"))).toEqual(["task:t4"]);
    expect(keys(all(result))).not.toContain("task:t3");
  });

  it("reminds to get back in touch with a contact whose touch is due", () => {
    const result = agenda({
      contactsDue: [
        { id: "p1", fullName: "Grace", dueAt: berlin("2026-03-01T09:00"), lastTouchAt: null },
        { id: "p2", fullName: "Alan", dueAt: berlin("2026-03-11T18:00"), lastTouchAt: null },
      ],
    });
    expect(section(result, "overdue")).toMatchObject([
      { kind: "stay-in-touch", contactId: "p1", overdue: true },
    ]);
    expect(section(result, "today")).toMatchObject([
      { kind: "stay-in-touch", contactId: "p2", overdue: false },
    ]);
  });

  it("sorts the items of each section by when they are due", () => {
    const result = agenda({
      conversations: [
        doneYesterday,
        conversation({ id: "m5", stage: "scheduled", scheduledAt: berlin("2026-03-11T16:00"), prep: "ok" }),
        conversation({ id: "m6", stage: "scheduled", scheduledAt: berlin("2026-03-13T10:00"), prep: "ok" }),
        conversation({ id: "a4", stage: "asked", requestSentAt: berlin("2026-02-20T09:00") }),
      ],
      contactsDue: [
        { id: "p3", fullName: "Edsger", dueAt: berlin("2026-03-11T11:00"), lastTouchAt: null },
        { id: "p4", fullName: "Barbara", dueAt: berlin("2026-03-12T08:00"), lastTouchAt: null },
        { id: "p5", fullName: "Donald", dueAt: berlin("2026-03-05T08:00"), lastTouchAt: null },
      ],
      tasks: [
        task({ id: "t5", dueAt: berlin("2026-03-11T20:00") }),
        task({ id: "t6", dueAt: berlin("2026-03-09T12:00") }),
        task({ id: "t7", dueAt: berlin("2026-03-16T12:00") }),
        task({ id: "t8", dueAt: berlin("2026-03-11T10:30") }),
      ],
    });
    expect(keys(section(result, "overdue"))).toEqual(["follow-up:a4:nudge:0", "stay-in-touch:p5", "task:t6"]);
    expect(keys(section(result, "today"))).toEqual([
      "task:t8",
      "stay-in-touch:p3",
      "meeting:m5",
      "task:t5",
      "thank-you:c1",
    ]);
    expect(keys(section(result, "upcoming"))).toEqual(["stay-in-touch:p4", "meeting:m6", "task:t7"]);
    for (const s of result.sections) {
      const times = s.items.map((i) => new Date(i.dueAt).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
});

describe("a bounded agenda", () => {
  it("lists a page per section, most overdue first, and counts the rest by section and by kind", () => {
    const tasks = Array.from({ length: 7 }, (_, n) =>
      task({ id: `t${n}`, dueAt: berlin(`2026-03-0${n + 1}T09:00`) }),
    );
    const result = agenda({ tasks, sectionLimit: 5, notLoaded: { "stay-in-touch": 12, meeting: 0 } });
    const overdue = result.sections.find((s) => s.id === "overdue");
    expect(overdue?.items.map((i) => i.taskId)).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    expect(overdue?.more).toBe(2);
    expect(result.notShown).toEqual({ task: 2, "stay-in-touch": 12 });
  });
});
