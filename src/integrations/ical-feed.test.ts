import { beforeAll, describe, expect, it } from "vitest";
import {
  assertPythonReaders,
  type PythonCalendar,
  readICalendarWithPython,
} from "../../test/support/python-readers.js";
import type { Conversation } from "../core/conversation.js";
import { calendarFeed, type FeedTask } from "./ical-feed.js";

function conversation(id: string, overrides: Partial<Conversation>): Conversation {
  return {
    id,
    contactId: "0b9e1d57-1b9f-4f0a-8b55-3c1d2e4f5a6b",
    contactName: "Ada Lovelace",
    organization: null,
    kind: "person",
    stage: "scheduled",
    stageChangedAt: "2025-01-02T10:00:00.000Z",
    allowedMoves: [],
    format: "coffee",
    scheduledAt: "2025-01-15T12:00:00.000Z",
    durationMinutes: null,
    place: null,
    goalIds: [],
    prep: "",
    notes: "",
    insights: "",
    thankYouSentAt: null,
    thankYouPoint: null,
    archived: false,
    createdAt: "2025-01-02T10:00:00.000Z",
    updatedAt: "2025-01-03T09:00:00.000Z",
    ...overrides,
  };
}

const task = (id: string, overrides: Partial<FeedTask>): FeedTask => ({
  id,
  title: "Send Ada the paper",
  dueAt: "2025-07-04T10:00:00.000Z",
  ...overrides,
});

const feed = calendarFeed({
  name: "coffeechat — Sam",
  userZone: "Europe/Berlin",
  now: new Date("2025-06-01T08:00:00Z"),
  appUrl: "https://coffeechat.example",
  events: [
    {
      conversation: conversation("winter", { scheduledAt: "2025-01-15T12:00:00.000Z" }),
      contactEmail: "ada@example.org",
    },
    {
      conversation: conversation("summer", {
        scheduledAt: "2025-07-15T12:00:00.000Z",
        format: "lunch",
        durationMinutes: 60,
        contactName: "Grace Hopper",
      }),
    },
    { conversation: conversation("cancelled", { stage: "cancelled" }) },
    { conversation: conversation("unscheduled", { stage: "asked", scheduledAt: null }) },
    { conversation: conversation("archived", { archived: true }) },
  ],
  tasks: [
    task("paper", {
      contactName: "Ada Lovelace",
      notes: "The one on engines",
      updatedAt: "2025-05-30T10:00:00.000Z",
    }),
    task("late-evening", { title: "Thank Grace", dueAt: "2025-07-04T23:30:00.000Z" }),
    task("done", { done: true }),
    task("someday", { dueAt: null }),
  ],
});

describe("calendarFeed read by python3-icalendar and python3-vobject", () => {
  let calendar: PythonCalendar;
  beforeAll(() => {
    assertPythonReaders();
    calendar = readICalendarWithPython(feed);
  });

  it("names the calendar and lists one event per scheduled conversation and per open task with a date", () => {
    expect(calendar.name).toBe("coffeechat — Sam");
    expect(calendar.icalendar.map((event) => event.uid)).toEqual([
      "conversation-winter@coffeechat",
      "conversation-summer@coffeechat",
      "task-paper@coffeechat",
      "task-late-evening@coffeechat",
    ]);
  });

  it("reads conversations in winter and summer time at the right UTC instants", () => {
    expect(calendar.icalendar.slice(0, 2)).toMatchObject([
      {
        summary: "Coffee chat with Ada Lovelace",
        start: "2025-01-15T12:00:00Z",
        end: "2025-01-15T12:30:00Z",
        tzid: "Europe/Berlin",
        attendees: ["MAILTO:ada@example.org"],
        alarms: [{ action: "DISPLAY", triggerSeconds: -1800 }],
        url: "https://coffeechat.example/conversations/winter",
      },
      { summary: "Lunch with Grace Hopper", start: "2025-07-15T12:00:00Z", end: "2025-07-15T13:00:00Z" },
    ]);
    const throughVtimezone = [
      { uid: "conversation-winter@coffeechat", start: "2025-01-15T12:00:00Z", end: "2025-01-15T12:30:00Z" },
      { uid: "conversation-summer@coffeechat", start: "2025-07-15T12:00:00Z", end: "2025-07-15T13:00:00Z" },
    ];
    expect(calendar.vtimezone.slice(0, 2)).toEqual(throughVtimezone);
    expect(calendar.vobject.slice(0, 2)).toMatchObject(throughVtimezone);
  });

  it("puts tasks on their due day in the user's zone as free all-day events", () => {
    const [paper, lateEvening] = calendar.icalendar.slice(2);
    expect(paper).toMatchObject({
      summary: "To do: Send Ada the paper (Ada Lovelace)",
      description: "The one on engines",
      start: "2025-07-04",
      end: "2025-07-05",
      transparency: "TRANSPARENT",
      stamp: "2025-05-30T10:00:00Z",
    });
    // 23:30 UTC on 4 July is already 5 July in Berlin.
    expect(lateEvening).toMatchObject({
      summary: "To do: Thank Grace",
      start: "2025-07-05",
      stamp: "2025-06-01T08:00:00Z",
    });
  });
});

describe("calendarFeed", () => {
  it("asks subscribers to refresh hourly and names the user's zone", () => {
    expect(feed).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    expect(feed).toContain("X-WR-TIMEZONE:Europe/Berlin\r\n");
    expect(feed.match(/^BEGIN:VTIMEZONE\r$/gm)).toHaveLength(1);
  });

  it("is a valid calendar with nothing in it", () => {
    const empty = calendarFeed({
      name: "Empty",
      userZone: "UTC",
      now: new Date("2025-06-01T08:00:00Z"),
      events: [],
      tasks: [],
    });
    expect(empty.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(empty.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(empty).not.toContain("BEGIN:VEVENT");
  });
});
