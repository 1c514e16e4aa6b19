import { beforeAll, describe, expect, it } from "vitest";
import { assertPythonReaders, readICalendarWithPython } from "../../test/support/python-readers.js";
import type { Conversation } from "../core/conversation.js";
import { conversationToICalendar } from "./ical-conversation.js";

function conversation(overrides: Partial<Conversation>): Conversation {
  return {
    id: "7d0c6a1e-1f7e-4d0a-9a53-0d9f3c2b1a00",
    contactId: "0b9e1d57-1b9f-4f0a-8b55-3c1d2e4f5a6b",
    contactName: "Jürgen Müller",
    organization: "Stadtwerke München",
    kind: "industry",
    stage: "scheduled",
    stageChangedAt: "2025-03-01T10:00:00.000Z",
    allowedMoves: ["done", "declined", "cancelled"],
    format: "coffee",
    scheduledAt: "2025-07-08T07:30:00.000Z",
    durationMinutes: null,
    place: "Café Luitpold, Brienner Str. 11",
    goalIds: [],
    prep: "",
    notes: "",
    insights: "",
    thankYouSentAt: null,
    thankYouPoint: null,
    archived: false,
    createdAt: "2025-03-01T10:00:00.000Z",
    updatedAt: "2025-03-02T11:12:13.456Z",
    ...overrides,
  };
}

const read = (text: string) => readICalendarWithPython(text);

describe("conversationToICalendar read by python3-icalendar and python3-vobject", () => {
  beforeAll(assertPythonReaders);

  it("writes a video call in Berlin summer time: start, end, summary, link, description, alarm, stamp", () => {
    const text = conversationToICalendar({
      conversation: conversation({
        format: "video",
        durationMinutes: 45,
        place: "https://meet.example.com/abc-defg-hij",
        prep: "Ask about grid planning; entry routes\n\nWho else should I talk to?\n3\n4\n5\n6\n7",
      }),
      contactEmail: "j.mueller@stadtwerke.example",
      organizerName: "Sam Student",
      userZone: "Europe/Berlin",
      appUrl: "https://coffeechat.example/",
    });
    expect(text.replace(/\r\n /g, "")).toContain("DTSTART;TZID=Europe/Berlin:20250708T093000\r\n");
    const calendar = read(text);
    expect(calendar.icalendar).toHaveLength(1);
    expect(calendar.icalendar[0]).toMatchObject({
      uid: "conversation-7d0c6a1e-1f7e-4d0a-9a53-0d9f3c2b1a00@coffeechat",
      summary: "Video call with Jürgen Müller",
      start: "2025-07-08T07:30:00Z",
      end: "2025-07-08T08:15:00Z",
      tzid: "Europe/Berlin",
      location: "https://meet.example.com/abc-defg-hij",
      url: "https://meet.example.com/abc-defg-hij",
      stamp: "2025-03-02T11:12:13Z",
      status: "CONFIRMED",
      attendees: ["MAILTO:j.mueller@stadtwerke.example"],
      alarms: [{ action: "DISPLAY", triggerSeconds: -1800, description: "Video call with Jürgen Müller" }],
    });
    expect(calendar.icalendar[0]?.description).toBe(
      [
        "Video call · About an industry or field — Stadtwerke München",
        "Prep:\nAsk about grid planning; entry routes\nWho else should I talk to?\n3\n4\n5\n6\n…",
        "Organised by Sam Student",
        "Open in coffeechat: https://coffeechat.example/conversations/7d0c6a1e-1f7e-4d0a-9a53-0d9f3c2b1a00",
      ].join("\n\n"),
    );
    expect(calendar.vobject).toEqual([
      {
        uid: "conversation-7d0c6a1e-1f7e-4d0a-9a53-0d9f3c2b1a00@coffeechat",
        start: "2025-07-08T07:30:00Z",
        end: "2025-07-08T08:15:00Z",
        tzinfo: "_tzicalvtz",
      },
    ]);
  });

  // python3-icalendar finds the zone by name in its own database; dateutil's tzical reads our VTIMEZONE alone,
  // and so does python3-vobject, except for zones it takes for UTC (London's winter offset is +0000 in the
  // years 2000-2020 it compares), where it too uses its database.
  const cases = [
    { zone: "America/New_York", at: "2025-01-14T17:00:00.000Z", local: "20250114T120000" },
    { zone: "America/New_York", at: "2025-03-09T07:30:00.000Z", local: "20250309T033000" },
    { zone: "Europe/London", at: "2025-03-30T00:30:00.000Z", local: "20250330T003000" },
    { zone: "Europe/London", at: "2025-03-30T01:30:00.000Z", local: "20250330T023000" },
    { zone: "Asia/Kathmandu", at: "2025-05-05T04:15:00.000Z", local: "20250505T100000" },
    { zone: "Australia/Lord_Howe", at: "2025-12-01T00:00:00.000Z", local: "20251201T110000" },
    { zone: "America/Sao_Paulo", at: "2025-02-10T13:00:00.000Z", local: "20250210T100000" },
  ];
  for (const { zone, at, local } of cases) {
    it(`reads ${at} back as the same instant in ${zone} (local ${local})`, () => {
      const text = conversationToICalendar({
        conversation: conversation({ scheduledAt: at }),
        userZone: zone,
      });
      expect(text).toContain(`DTSTART;TZID=${zone}:${local}\r\n`);
      const utc = at.replace(".000Z", "Z");
      const { icalendar, vobject, vtimezone } = read(text);
      expect(icalendar[0]).toMatchObject({ start: utc, tzid: zone });
      expect(vtimezone[0]).toMatchObject({ start: utc });
      expect(vobject[0]).toMatchObject({
        start: utc,
        tzinfo: zone === "Europe/London" ? zone : "_tzicalvtz",
      });
    });
  }

  it("writes UTC for a time in the hour that happens twice when clocks go back", () => {
    for (const at of ["2025-11-02T05:30:00.000Z", "2025-11-02T06:30:00.000Z", "2025-11-02T05:15:00.000Z"]) {
      const text = conversationToICalendar({
        conversation: conversation({ scheduledAt: at }),
        userZone: "America/New_York",
      });
      expect(text).not.toContain("TZID=");
      const utc = at.replace(".000Z", "Z");
      expect(read(text).icalendar[0]).toMatchObject({ start: utc, tzid: null });
    }
  });

  it("uses 30 minutes by default, LOCATION for a physical place, and the app link as URL", () => {
    const text = conversationToICalendar({
      conversation: conversation({}),
      userZone: "Europe/Berlin",
      appUrl: "https://coffeechat.example",
      reminderMinutes: 10,
    });
    expect(read(text).icalendar[0]).toMatchObject({
      summary: "Coffee chat with Jürgen Müller",
      start: "2025-07-08T07:30:00Z",
      end: "2025-07-08T08:00:00Z",
      location: "Café Luitpold, Brienner Str. 11",
      url: "https://coffeechat.example/conversations/7d0c6a1e-1f7e-4d0a-9a53-0d9f3c2b1a00",
      attendees: [],
      alarms: [{ action: "DISPLAY", triggerSeconds: -600 }],
    });
  });

  it("writes UTC times without a VTIMEZONE for the UTC zone, and no alarm when asked for none", () => {
    const text = conversationToICalendar({
      conversation: conversation({ format: "phone", place: null }),
      userZone: "UTC",
      reminderMinutes: null,
    });
    expect(text).not.toContain("VTIMEZONE");
    expect(read(text).icalendar[0]).toMatchObject({
      summary: "Call with Jürgen Müller",
      start: "2025-07-08T07:30:00Z",
      tzid: null,
      location: null,
      alarms: [],
    });
  });
});

describe("conversationToICalendar", () => {
  it("keeps the UID when the conversation changes, so calendars update the event", () => {
    const uid = (text: string) => text.match(/^UID:(.*)\r$/m)?.[1];
    const before = conversationToICalendar({ conversation: conversation({}), userZone: "Europe/Berlin" });
    const after = conversationToICalendar({
      conversation: conversation({
        scheduledAt: "2025-07-09T08:00:00.000Z",
        updatedAt: "2025-03-05T00:00:00.000Z",
      }),
      userZone: "Europe/Berlin",
    });
    expect(uid(after)).toBe(uid(before));
    expect(after).toContain("DTSTAMP:20250305T000000Z\r\n");
  });

  it("names the organiser when given an address, and folds lines at 75 octets with CRLF", () => {
    const text = conversationToICalendar({
      conversation: conversation({ prep: "ü".repeat(100) }),
      organizerName: "Sam Student",
      organizerEmail: "sam@example.org",
      userZone: "Europe/Berlin",
    });
    expect(text).toContain('ORGANIZER;CN="Sam Student":mailto:sam@example.org\r\n');
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("refuses a conversation without a time and an unknown zone", () => {
    expect(() =>
      conversationToICalendar({ conversation: conversation({ scheduledAt: null }), userZone: "UTC" }),
    ).toThrow(/no scheduled time/);
    expect(() => conversationToICalendar({ conversation: conversation({}), userZone: "Mars/Base" })).toThrow(
      RangeError,
    );
  });
});
