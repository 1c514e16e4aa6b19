import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  clockOfDay,
  clockTime,
  dayAndTime,
  dayDate,
  readDateStyleChoice,
  textDateStyle,
} from "./date-style.js";
import { sampleInput } from "./prep-sheet.fixture.js";
import { buildPrepSheet } from "./prep-sheet.js";
import { adviseSendTime } from "./send-time.js";

const at = DateTime.fromISO("2027-03-09T14:05:00", { zone: "Europe/London" });
const british = textDateStyle({ time: "24h", dates: "day-month" });
const american = textDateStyle({ time: "12h", dates: "month-day" });

describe("dates and times as the user chose", () => {
  it("writes a clock time in 24 or 12 hours, and a day with the day or the month first", () => {
    expect(clockTime(at, british)).toBe("14:05");
    expect(clockTime(at, american)).toBe("2:05 pm");
    expect(clockTime(at.set({ hour: 0 }), american)).toBe("12:05 am");
    expect(clockOfDay("09:00", american)).toBe("9:00 am");
    expect(clockOfDay("12:30", american)).toBe("12:30 pm");
    expect(clockOfDay("17:00", british)).toBe("17:00");
    expect(dayDate(at, british, { weekday: "long", year: true })).toBe("Tuesday 9 Mar 2027");
    expect(dayDate(at, american, { weekday: "long", year: true })).toBe("Tuesday Mar 9, 2027");
    expect(dayDate(at, american, { month: "long" })).toBe("March 9");
    expect(dayAndTime(at, british)).toBe("Tue 9 Mar 14:05");
    expect(dayAndTime(at, american, { year: true })).toBe("Tue Mar 9, 2027 2:05 pm");
  });

  it("writes as British English when nothing was chosen, and reads a damaged choice as none", () => {
    expect(textDateStyle(readDateStyleChoice(undefined))).toEqual({ twelveHour: false, monthFirst: false });
    expect(readDateStyleChoice({ time: "13h", dates: "month-day" })).toEqual({
      time: "auto",
      dates: "month-day",
    });
  });

  it("is followed by the send-time advice's reason", () => {
    const input = {
      now: new Date("2027-03-08T18:00:00Z"),
      contactZone: "America/New_York",
      userZone: "Europe/London",
    };
    const twelve = adviseSendTime({ ...input, style: american }).reason;
    expect(twelve).toMatch(/^Send Tuesday Mar 9 at 8:00 am their time \(New York\), Tue 1:00 pm for you\./);
    const day = adviseSendTime({ ...input, style: british }).reason;
    expect(day).toMatch(/^Send Tuesday 9 Mar at 08:00 their time \(New York\), Tue 13:00 for you\./);
  });

  it("is followed by the prep sheet's times and its earlier touches", () => {
    const sheet = buildPrepSheet({ ...sampleInput(), style: american });
    expect(sheet.logistics[0]).toBe(
      "Tuesday Nov 24, 2026 (tomorrow), 3:00 pm–3:30 pm your time (Europe/London)",
    );
    expect(sheet.logistics[1]).toBe("10:00 am–10:30 am their time (New York)");
    expect(JSON.stringify(sheet)).toContain("Nov 10, 2026");
  });
});
