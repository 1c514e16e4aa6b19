import { afterEach, describe, expect, it } from "vitest";
import { saveDateStyleChoice } from "./date-style.js";
import { dueLabel } from "./due.js";

const zone = "Europe/Berlin";
// Sunday 22 November 2026, 10:00 in Berlin.
const now = new Date("2026-11-22T09:00:00Z");

describe("dueLabel", () => {
  afterEach(() => saveDateStyleChoice({ time: "auto", dates: "auto" }));

  it("says a task due later today is due today", () => {
    expect(dueLabel({ kind: "task", dueAt: "2026-11-22T16:00:00Z", overdue: false }, now, zone)).toEqual({
      text: "due today",
      tone: "today",
    });
  });

  it("counts calendar days overdue in the user's zone, not 24-hour periods", () => {
    // 23:30 Berlin on the 20th is two calendar days ago, though only 34.5 hours.
    const item = { kind: "thank-you" as const, dueAt: "2026-11-20T22:30:00Z", overdue: true };
    expect(dueLabel(item, now, zone).text).toBe("2 days overdue");
    expect(dueLabel({ ...item, dueAt: "2026-11-21T12:00:00Z" }, now, zone).text).toBe("1 day overdue");
  });

  it("says since when something due earlier today is overdue", () => {
    const label = dueLabel({ kind: "follow-up", dueAt: "2026-11-22T07:00:00Z", overdue: true }, now, zone);
    expect(label.tone).toBe("overdue");
    expect(label.text).toMatch(/^overdue since 0?8:00/);
  });

  it("names tomorrow, then weekdays, then a count of days ahead", () => {
    expect(dueLabel({ kind: "prep", dueAt: "2026-11-23T22:00:00Z", overdue: false }, now, zone).text).toBe(
      "due tomorrow",
    );
    expect(dueLabel({ kind: "task", dueAt: "2026-11-25T10:00:00Z", overdue: false }, now, zone).text).toBe(
      "due Wednesday",
    );
    expect(dueLabel({ kind: "task", dueAt: "2026-12-02T10:00:00Z", overdue: false }, now, zone).text).toBe(
      "due in 10 days",
    );
  });

  it("gives meetings their time of day, on the clock chosen", () => {
    const meeting = { kind: "meeting" as const, overdue: false };
    saveDateStyleChoice({ time: "12h", dates: "auto" });
    expect(dueLabel({ ...meeting, dueAt: "2026-11-22T13:00:00Z" }, now, zone).text).toMatch(
      /^today at 2:00\sPM/i,
    );
    saveDateStyleChoice({ time: "24h", dates: "auto" });
    expect(dueLabel({ ...meeting, dueAt: "2026-11-22T13:00:00Z" }, now, zone).text).toBe("today at 14:00");
    expect(dueLabel({ ...meeting, dueAt: "2026-11-23T09:30:00Z" }, now, zone).text).toMatch(
      /^tomorrow at 10:30/,
    );
    expect(dueLabel({ ...meeting, dueAt: "2026-11-21T09:30:00Z", overdue: true }, now, zone)).toMatchObject({
      tone: "overdue",
    });
    expect(dueLabel({ ...meeting, dueAt: "2026-11-21T09:30:00Z", overdue: true }, now, zone).text).toMatch(
      /^yesterday at/,
    );
  });
});
