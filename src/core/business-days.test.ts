import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  businessDaysBetween,
  type Calendar,
  endOfNextDay,
  isBusinessDay,
  localDate,
} from "./business-days.js";

const ZONES = [
  "America/New_York",
  "Europe/Berlin",
  "Australia/Sydney",
  "Asia/Kolkata",
  "America/Sao_Paulo",
  "UTC",
] as const;

const instant = fc.date({
  min: new Date("2025-01-01T00:00:00Z"),
  max: new Date("2028-12-31T23:59:59Z"),
  noInvalidDate: true,
});
const zone = fc.constantFrom(...ZONES);
/** Holidays as day offsets from the start's local date; turned into local dates in the property. */
const holidayOffsets = fc.array(fc.integer({ min: -2, max: 25 }), { maxLength: 6 });

function holidaysNear(at: Date, tz: string, offsets: readonly number[]): string[] {
  const day = DateTime.fromJSDate(at, { zone: tz }).startOf("day");
  return offsets.map((d) => day.plus({ days: d }).toISODate() ?? "");
}

/** Calendar dates of a zone, stepped without the module under test. */
function isWorkDate(date: DateTime, holidays: readonly string[]): boolean {
  return date.weekday < 6 && !holidays.includes(date.toISODate() ?? "");
}

function local(iso: string, tz: string): Date {
  const at = DateTime.fromISO(iso, { zone: tz });
  if (!at.isValid) throw new Error(`bad test time ${iso}`);
  return at.toJSDate();
}

function inZone(at: Date, tz: string): DateTime {
  return DateTime.fromJSDate(at, { zone: tz });
}

describe("adding business days (properties)", () => {
  it("never lands on a weekend or a listed holiday, always later, keeps the time of day, and counts back to the count", () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 15 }),
        zone,
        holidayOffsets,
        (start, count, tz, offs) => {
          const calendar: Calendar = { zone: tz, holidays: holidaysNear(start, tz, offs) };
          const result = addBusinessDays(start, count, calendar);
          const there = inZone(result, tz);
          const from = inZone(start, tz);
          expect(there.weekday).toBeLessThanOrEqual(5);
          expect(calendar.holidays).not.toContain(there.toISODate());
          expect(result.getTime()).toBeGreaterThan(start.getTime());
          expect(businessDaysBetween(start, result, calendar)).toBe(count);
          // Same wall-clock time of day in the zone (these zones change clocks on Sundays only).
          expect(there.toFormat("HH:mm:ss.SSS")).toBe(from.toFormat("HH:mm:ss.SSS"));
          // Independently: exactly `count` work dates in (start date, result date].
          const startDate = DateTime.fromISO(from.toISODate() ?? "", { zone: "UTC" });
          const endDate = DateTime.fromISO(there.toISODate() ?? "", { zone: "UTC" });
          let workDates = 0;
          for (let d = startDate.plus({ days: 1 }); d <= endDate; d = d.plus({ days: 1 })) {
            if (isWorkDate(d, calendar.holidays)) workDates += 1;
          }
          expect(workDates).toBe(count);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts no business days from a moment to itself or to later the same day", () => {
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: 0, max: 3_600_000 }), (start, tz, ms) => {
        const calendar = { zone: tz, holidays: [] };
        const later = new Date(start.getTime() + ms);
        fc.pre(localDate(later, tz) === localDate(start, tz));
        expect(businessDaysBetween(start, start, calendar)).toBe(0);
        expect(businessDaysBetween(start, later, calendar)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("adding business days (examples)", () => {
  const ny: Calendar = { zone: "America/New_York", holidays: [] };
  const berlin: Calendar = { zone: "Europe/Berlin", holidays: [] };

  it("skips the weekend: Friday + 1 is Monday, Saturday + 1 is Monday, Sunday + 1 is Monday", () => {
    const fri = local("2026-02-06T10:00", ny.zone);
    expect(inZone(addBusinessDays(fri, 1, ny), ny.zone).toISO()).toBe("2026-02-09T10:00:00.000-05:00");
    const sat = local("2026-02-07T16:45", ny.zone);
    expect(inZone(addBusinessDays(sat, 1, ny), ny.zone).toISO()).toBe("2026-02-09T16:45:00.000-05:00");
    const sun = local("2026-02-08T09:00", ny.zone);
    expect(inZone(addBusinessDays(sun, 1, ny), ny.zone).toISO()).toBe("2026-02-09T09:00:00.000-05:00");
  });

  it("keeps the local time across the US spring change (2026-03-08): Friday 10:00 + 3 = Wednesday 10:00", () => {
    const fri = local("2026-03-06T10:00", ny.zone);
    expect(fri.toISOString()).toBe("2026-03-06T15:00:00.000Z");
    const result = addBusinessDays(fri, 3, ny);
    expect(inZone(result, ny.zone).toISO()).toBe("2026-03-11T10:00:00.000-04:00");
    expect(result.toISOString()).toBe("2026-03-11T14:00:00.000Z");
    expect(businessDaysBetween(fri, result, ny)).toBe(3);
  });

  it("keeps the local time across the US autumn change (2026-11-01): Friday 10:00 + 1 = Monday 10:00", () => {
    const fri = local("2026-10-30T10:00", ny.zone);
    const result = addBusinessDays(fri, 1, ny);
    expect(result.toISOString()).toBe("2026-11-02T15:00:00.000Z");
    expect(inZone(result, ny.zone).toISO()).toBe("2026-11-02T10:00:00.000-05:00");
  });

  it("keeps the local time across the EU changes (2026-03-29 and 2026-10-25)", () => {
    const spring = addBusinessDays(local("2026-03-27T10:00", berlin.zone), 1, berlin);
    expect(spring.toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(inZone(spring, berlin.zone).toISO()).toBe("2026-03-30T10:00:00.000+02:00");
    const autumn = addBusinessDays(local("2026-10-23T10:00", berlin.zone), 2, berlin);
    expect(autumn.toISOString()).toBe("2026-10-27T09:00:00.000Z");
    expect(inZone(autumn, berlin.zone).toISO()).toBe("2026-10-27T10:00:00.000+01:00");
  });

  it("counts in the calendar's zone, not in UTC", () => {
    // Friday 22:00 in New York is already Saturday in UTC; + 1 is still Monday in New York.
    const fri = local("2026-02-06T22:00", ny.zone);
    expect(fri.toISOString()).toBe("2026-02-07T03:00:00.000Z");
    expect(inZone(addBusinessDays(fri, 1, ny), ny.zone).toISODate()).toBe("2026-02-09");
    // Monday 07:00 in Sydney is Sunday in UTC; + 1 is Tuesday in Sydney.
    const sydney = { zone: "Australia/Sydney", holidays: [] };
    const mon = local("2026-02-09T07:00", sydney.zone);
    expect(inZone(addBusinessDays(mon, 1, sydney), sydney.zone).toISODate()).toBe("2026-02-10");
  });

  it("skips listed holidays: Thursday + 1 before a Friday holiday is Monday", () => {
    const cal = { zone: "Europe/Berlin", holidays: ["2026-12-25", "2026-12-28"] };
    const thu = local("2026-12-24T09:30", cal.zone);
    expect(inZone(addBusinessDays(thu, 1, cal), cal.zone).toISO()).toBe("2026-12-29T09:30:00.000+01:00");
    expect(businessDaysBetween(thu, local("2026-12-29T08:00", cal.zone), cal)).toBe(1);
  });

  it("does not throw when the local time falls into a spring-forward gap, and lands on a business day", () => {
    // 02:30 on 2026-03-08 does not exist in New York; the clock reads 03:30.
    const gap = local("2026-03-08T02:30", ny.zone);
    const fromGap = addBusinessDays(gap, 1, ny);
    expect(inZone(fromGap, ny.zone).toISODate()).toBe("2026-03-09");
    // Israel moves its clocks on a Friday at 02:00: Thursday 02:30 + 1 lands in the gap.
    const il = { zone: "Asia/Jerusalem", holidays: [] };
    const thu = local("2026-03-26T02:30", il.zone);
    const result = addBusinessDays(thu, 1, il);
    const there = inZone(result, il.zone);
    expect(there.isValid).toBe(true);
    expect(there.toISODate()).toBe("2026-03-27");
    expect(isBusinessDay(there, [])).toBe(true);
    expect(result.getTime()).toBeGreaterThan(thu.getTime());
    expect(businessDaysBetween(thu, result, il)).toBe(1);
  });
});

describe("business-day helpers", () => {
  it("knows weekends and holidays are not business days", () => {
    const day = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Berlin" });
    expect(isBusinessDay(day("2026-03-09"), [])).toBe(true);
    expect(isBusinessDay(day("2026-03-13"), [])).toBe(true);
    expect(isBusinessDay(day("2026-03-14"), [])).toBe(false);
    expect(isBusinessDay(day("2026-03-15"), [])).toBe(false);
    expect(isBusinessDay(day("2026-03-09"), ["2026-03-09"])).toBe(false);
  });

  it("reads the local date of a moment in a zone", () => {
    const at = new Date("2026-03-10T02:00:00Z");
    expect(localDate(at, "America/New_York")).toBe("2026-03-09");
    expect(localDate(at, "Asia/Kolkata")).toBe("2026-03-10");
  });

  it("finds the end of the next local day, also on a day the clocks change", () => {
    expect(endOfNextDay(local("2026-03-10T15:00", "Europe/Berlin"), "Europe/Berlin").toISOString()).toBe(
      "2026-03-11T22:59:59.999Z",
    );
    // Saturday before the EU spring change: Sunday ends at 23:59:59.999 summer time.
    expect(endOfNextDay(local("2026-03-28T23:30", "Europe/Berlin"), "Europe/Berlin").toISOString()).toBe(
      "2026-03-29T21:59:59.999Z",
    );
  });
});

// The day-by-day walk in the zone itself, as the rule reads: what the date arithmetic must equal.
function walkInZone(from: Date, count: number, calendar: Calendar): Date {
  const start = DateTime.fromJSDate(from, { zone: calendar.zone });
  let day = start.startOf("day");
  let left = count;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(day, calendar.holidays)) left -= 1;
  }
  return day
    .set({ hour: start.hour, minute: start.minute, second: start.second, millisecond: start.millisecond })
    .toJSDate();
}

describe("business days across time zones, clock changes and holidays", () => {
  it("adding and counting agree with walking the days in the zone", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2020-01-01T00:00:00Z"),
          max: new Date("2030-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...ZONES),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 4 }),
        (from, count, zone, offsets) => {
          const holidays = offsets.map(
            (n) => DateTime.fromJSDate(from, { zone }).plus({ days: n }).toISODate() ?? "",
          );
          const calendar = { zone, holidays };
          const added = addBusinessDays(from, count, calendar);
          expect(added.toISOString()).toBe(walkInZone(from, count, calendar).toISOString());
          expect(businessDaysBetween(from, added, calendar)).toBe(count === 0 ? 0 : count);
        },
      ),
      { numRuns: 300 },
    );
  });
});
