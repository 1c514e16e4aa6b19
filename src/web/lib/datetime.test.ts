import { afterEach, describe, expect, it } from "vitest";
import { saveDateStyleChoice } from "./date-style.js";
import { dateInZone, daysBetween, fromLocalInputs, toLocalInputs, typedWhen } from "./datetime.js";

describe("dates in a zone", () => {
  it("gives the calendar date where the user is", () => {
    const at = new Date("2026-11-22T23:30:00Z");
    expect(dateInZone(at, "UTC")).toBe("2026-11-22");
    expect(dateInZone(at, "Europe/Berlin")).toBe("2026-11-23");
    expect(dateInZone(at, "America/New_York")).toBe("2026-11-22");
  });

  it("counts days between dates, across a change of daylight saving time", () => {
    expect(daysBetween("2026-11-22", "2026-11-22")).toBe(0);
    expect(daysBetween("2026-11-22", "2026-11-20")).toBe(-2);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });
});

describe("date and time inputs", () => {
  it("round-trips a moment through the inputs", () => {
    const iso = fromLocalInputs("2026-11-24", "10:15");
    expect(iso).not.toBeNull();
    expect(toLocalInputs(iso)).toEqual({ date: "2026-11-24", time: "10:15" });
  });

  it("refuses incomplete or malformed inputs", () => {
    expect(fromLocalInputs("", "10:00")).toBeNull();
    expect(fromLocalInputs("2026-11-24", "")).toBeNull();
    expect(fromLocalInputs("24/11/2026", "10:00")).toBeNull();
    expect(toLocalInputs(null)).toEqual({ date: "", time: "" });
  });
});

describe("typedWhen: the day and time typed into inputs, read back as chosen", () => {
  afterEach(() => saveDateStyleChoice({ time: "auto", dates: "auto" }));

  it("writes them day first on a 24-hour clock, or month first on a 12-hour one", () => {
    saveDateStyleChoice({ time: "24h", dates: "day-month" });
    expect(typedWhen("2027-03-09", "14:30")).toMatch(/^Tuesday,? 9 March 2027.* 14:30$/);
    expect(typedWhen("2027-03-09", "")).toMatch(/^Tuesday,? 9 March 2027$/);
    saveDateStyleChoice({ time: "12h", dates: "month-day" });
    expect(typedWhen("2027-03-09", "14:30")).toMatch(/^Tuesday, March 9, 2027.* 2:30\sPM$/);
  });

  it("says nothing while the day is not a date", () => {
    expect(typedWhen("", "14:30")).toBeNull();
    expect(typedWhen("2027-3-9", "14:30")).toBeNull();
  });
});
