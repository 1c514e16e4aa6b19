import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { adviseSendTime, DEFAULT_SEND_WINDOWS, type SendWindow } from "./send-time.js";

const DAY = 86_400_000;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ZONES = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo"];
/** Days the clocks change in these zones, 2026: the advice must hold on and around them too. */
const CLOCK_CHANGES = ["2026-03-08", "2026-11-01", "2026-03-29", "2026-10-25", "2026-04-05", "2026-10-04"];

const now = fc.oneof(
  fc.date({
    min: new Date("2025-01-01T00:00:00Z"),
    max: new Date("2028-12-31T00:00:00Z"),
    noInvalidDate: true,
  }),
  fc
    .tuple(fc.constantFrom(...CLOCK_CHANGES), fc.integer({ min: -4 * DAY, max: 2 * DAY }))
    .map(([date, offset]) => new Date(new Date(`${date}T00:00:00Z`).getTime() + offset)),
);
const zone = fc.constantFrom(...ZONES);
const minutes = (t: DateTime) => t.hour * 60 + t.minute;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

function holidaysNear(at: Date, tz: string, offsets: readonly number[]): string[] {
  const day = DateTime.fromJSDate(at, { zone: tz }).startOf("day");
  return offsets.map((d) => day.plus({ days: d }).toISODate() ?? "");
}

function mentionsTheDay(reason: string, at: DateTime, current: DateTime) {
  if (at.hasSame(current, "day")) expect(reason).toContain("today");
  else expect(reason).toContain(WEEKDAYS[at.weekday - 1]);
}

describe("send-time advice with the default windows (properties)", () => {
  it("is a Tuesday or Wednesday morning in their zone, not before now, within four weeks, never on a holiday", () => {
    fc.assert(
      fc.property(
        now,
        fc.option(zone, { nil: null }),
        zone,
        fc.array(fc.integer({ min: 0, max: 27 }), { maxLength: 4 }),
        (current, contactZone, userZone, offsets) => {
          const used = contactZone ?? userZone;
          const holidays = holidaysNear(current, used, offsets);
          const advice = adviseSendTime({ now: current, contactZone, userZone, holidays });
          expect(advice.at.getTime()).toBeGreaterThanOrEqual(current.getTime());
          expect(advice.at.getTime() - current.getTime()).toBeLessThanOrEqual(28 * DAY);
          const there = DateTime.fromJSDate(advice.at, { zone: used });
          expect([2, 3]).toContain(there.weekday);
          expect(minutes(there)).toBeGreaterThanOrEqual(8 * 60);
          expect(minutes(there)).toBeLessThan(12 * 60);
          expect(holidays).not.toContain(there.toISODate());
          // The first good moment: every earlier Tuesday/Wednesday morning had passed or was a holiday.
          const today = DateTime.fromJSDate(current, { zone: used }).startOf("day");
          for (let d = today; d < there.startOf("day"); d = d.plus({ days: 1 })) {
            if (![2, 3].includes(d.weekday) || holidays.includes(d.toISODate() ?? "")) continue;
            expect(d.set({ hour: 11, minute: 45 }).toMillis()).toBeLessThan(current.getTime());
          }
          // Inside a window it does not wait for a later one: it is the window's start or now, rounded.
          if (there.toISODate() !== today.toISODate()) expect(there.toFormat("HH:mm:ss")).toBe("08:00:00");
          expect(there.toFormat("ss.SSS")).toBe("00.000");
          expect(there.minute % 15).toBe(0);
          // The reason: non-empty, names the day, and says when their zone is unknown.
          expect(advice.reason.length).toBeGreaterThan(0);
          mentionsTheDay(advice.reason, there, DateTime.fromJSDate(current, { zone: used }));
          if (contactZone === null) expect(advice.reason).toMatch(/time zone is not known/);
          else expect(advice.reason).not.toMatch(/not known/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const window: fc.Arbitrary<SendWindow> = fc
  .record({
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    from: fc.integer({ min: 0, max: 95 }),
    length: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ days, from, length }) => ({
    days,
    from: hhmm(from * 15),
    to: hhmm(Math.min(96, from + length) * 15),
  }));

describe("send-time advice with my own windows (property)", () => {
  it("lies inside one of my windows, on their wall clock, also on days the clocks change", () => {
    fc.assert(
      fc.property(
        now,
        zone,
        fc.array(window, { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 27 }), { maxLength: 2 }),
        (current, contactZone, windows, offsets) => {
          const holidays = holidaysNear(current, contactZone, offsets);
          const advice = adviseSendTime({ now: current, contactZone, userZone: "UTC", windows, holidays });
          expect(advice.at.getTime()).toBeGreaterThanOrEqual(current.getTime());
          expect(advice.at.getTime() - current.getTime()).toBeLessThanOrEqual(28 * DAY);
          const there = DateTime.fromJSDate(advice.at, { zone: contactZone });
          expect(holidays).not.toContain(there.toISODate());
          const inside = windows.some(
            (w) =>
              w.days.includes(there.weekday) &&
              minutes(there) >= minutesOf(w.from) &&
              minutes(there) < minutesOf(w.to),
          );
          expect(inside, `${there.toISO()} in ${JSON.stringify(windows)}`).toBe(true);
          expect(advice.reason).toContain("inside your sending windows");
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("send-time advice (examples)", () => {
  const ny = "America/New_York";
  const at = (iso: string, tz = ny) => DateTime.fromISO(iso, { zone: tz }).toJSDate();
  const advise = (iso: string) =>
    adviseSendTime({ now: at(iso), contactZone: ny, userZone: "Europe/Berlin" });
  const local = (d: Date, tz = ny) => DateTime.fromJSDate(d, { zone: tz }).toFormat("cccc yyyy-MM-dd HH:mm");

  it("on a Monday, waits for Tuesday 08:00 in New York", () => {
    const advice = advise("2026-03-09T10:00");
    expect(local(advice.at)).toBe("Tuesday 2026-03-10 08:00");
    expect(advice.reason).toContain("Tuesday");
    expect(advice.reason).toContain("New York");
    // Berlin has not changed its clocks yet: 08:00 in New York is 13:00 there.
    expect(advice.reason).toContain("Tue 13:00 for you");
  });

  it("on Wednesday at 11:55 or 12:30, the window is over: next Tuesday morning", () => {
    expect(local(advise("2026-03-11T11:55").at)).toBe("Tuesday 2026-03-17 08:00");
    expect(local(advise("2026-03-11T12:30").at)).toBe("Tuesday 2026-03-17 08:00");
  });

  it("inside the window, says now, rounded up to the quarter hour", () => {
    const advice = advise("2026-03-11T10:07");
    expect(local(advice.at)).toBe("Wednesday 2026-03-11 10:15");
    expect(advice.reason).toContain("today");
  });

  it("on a Friday, waits for Tuesday, never Friday or the weekend", () => {
    expect(local(advise("2026-03-13T09:00").at)).toBe("Tuesday 2026-03-17 08:00");
  });

  it("in the evening before, already picks the morning of the next day in their zone", () => {
    // Tuesday 22:00 in Berlin is Tuesday 16:00 in New York: too late, Wednesday 08:00 there.
    const advice = adviseSendTime({
      now: at("2026-02-10T22:00", "Europe/Berlin"),
      contactZone: ny,
      userZone: "Europe/Berlin",
    });
    expect(local(advice.at)).toBe("Wednesday 2026-02-11 08:00");
  });

  it("avoids holidays: a Tuesday holiday moves it to Wednesday, both to the next week", () => {
    const one = adviseSendTime({
      now: at("2026-03-09T10:00"),
      contactZone: ny,
      userZone: ny,
      holidays: ["2026-03-10"],
    });
    expect(local(one.at)).toBe("Wednesday 2026-03-11 08:00");
    const both = adviseSendTime({
      now: at("2026-03-09T10:00"),
      contactZone: ny,
      userZone: ny,
      holidays: ["2026-03-10", "2026-03-11"],
    });
    expect(local(both.at)).toBe("Tuesday 2026-03-17 08:00");
  });

  it("without their zone uses mine and says so", () => {
    const advice = adviseSendTime({
      now: at("2026-03-09T10:00", "Europe/Berlin"),
      contactZone: null,
      userZone: "Europe/Berlin",
    });
    expect(local(advice.at, "Europe/Berlin")).toBe("Tuesday 2026-03-10 08:00");
    expect(advice.reason).toContain("your time");
    expect(advice.reason).toMatch(/time zone is not known/);
  });

  it("keeps a window at its wall-clock hours on the days the clocks change", () => {
    const sunday: SendWindow[] = [{ days: [7], from: "08:00", to: "12:00" }];
    const spring = adviseSendTime({
      now: at("2026-03-07T12:00"),
      contactZone: ny,
      userZone: ny,
      windows: sunday,
    });
    expect(local(spring.at)).toBe("Sunday 2026-03-08 08:00");
    const autumn = adviseSendTime({
      now: at("2026-10-31T12:00"),
      contactZone: ny,
      userZone: ny,
      windows: sunday,
    });
    expect(local(autumn.at)).toBe("Sunday 2026-11-01 08:00");
    // 12:30 summer time on the spring day is after the window.
    const late = adviseSendTime({
      now: at("2026-03-08T12:30"),
      contactZone: ny,
      userZone: ny,
      windows: sunday,
    });
    expect(local(late.at)).toBe("Sunday 2026-03-15 08:00");
  });

  it("skips a window that lies in the hour the clocks skip", () => {
    const night: SendWindow[] = [{ days: [7], from: "02:00", to: "02:30" }];
    const advice = adviseSendTime({
      now: at("2026-03-07T12:00"),
      contactZone: ny,
      userZone: ny,
      windows: night,
    });
    expect(local(advice.at)).toBe("Sunday 2026-03-15 02:00");
  });

  it("defaults to Tuesday and Wednesday 08:00–12:00", () => {
    expect(DEFAULT_SEND_WINDOWS).toEqual([{ days: [2, 3], from: "08:00", to: "12:00" }]);
  });
});

describe("send-time advice from my own reply rates", () => {
  const rate = (key: number, label: string, sent: number, replied: number) => ({
    key: String(key),
    label,
    sent,
    replied,
    rate: sent > 0 ? replied / sent : null,
    tooFew: sent < 10,
    note: null,
  });
  // 40 requests: Thursdays at 16:00 did best (4 of 5; 4 of 6), Tuesdays had more but fewer replies.
  const record = {
    sent: 40,
    byWeekday: [
      rate(2, "Tuesday", 30, 6),
      rate(4, "Thursday", 5, 4),
      rate(6, "Saturday", 3, 3), // perfect, but only 3: not enough to choose
      rate(5, "Friday", 2, 0),
    ],
    byHour: [rate(9, "09:00", 30, 6), rate(16, "16:00", 6, 4), rate(7, "07:00", 4, 4)],
  };
  const current = new Date("2026-11-23T09:00:00Z"); // Monday

  it("sends on the weekday and at the hour that did best, once there are enough requests, and says so", () => {
    const advice = adviseSendTime({
      now: current,
      contactZone: "Asia/Tokyo",
      userZone: "Europe/Berlin",
      ownRecord: record,
    });
    const there = DateTime.fromJSDate(advice.at, { zone: "Asia/Tokyo" });
    expect([there.weekday, there.hour, there.minute]).toEqual([4, 16, 0]);
    expect(there.toISODate()).toBe("2026-11-26");
    expect(advice.reason).toContain(
      "Your own requests have done best on Thursdays (4 of 5 replied) and around 16:00 (4 of 6 replied), out of 40 sent",
    );
    expect(advice.reason).not.toContain("Mid-week mornings");
    const twelve = adviseSendTime({
      now: current,
      contactZone: "Asia/Tokyo",
      userZone: "Europe/Berlin",
      ownRecord: record,
      style: { twelveHour: true, monthFirst: true },
    });
    expect(twelve.reason).toContain("around 4:00 pm (4 of 6 replied)");
    expect(twelve.reason).not.toMatch(/\b16:00\b/);
  });

  it("keeps the general advice with fewer than 30 requests, or without 5 in a weekday and an hour", () => {
    const general = adviseSendTime({ now: current, contactZone: "Asia/Tokyo", userZone: "Europe/Berlin" });
    const tooShort = adviseSendTime({
      now: current,
      contactZone: "Asia/Tokyo",
      userZone: "Europe/Berlin",
      ownRecord: { ...record, sent: 29 },
    });
    expect(tooShort).toEqual(general);
    expect(tooShort.reason).toContain("Mid-week mornings get the most replies");
    const thinHours = adviseSendTime({
      now: current,
      contactZone: "Asia/Tokyo",
      userZone: "Europe/Berlin",
      ownRecord: { ...record, byHour: [rate(16, "16:00", 4, 4), rate(9, "09:00", 30, 0)] },
    });
    expect(thinHours).toEqual(general);
  });
});
