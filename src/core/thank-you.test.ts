import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { conversationEnd } from "./conversation.js";
import { thankYouDueAt } from "./thank-you.js";

const HOUR = 3_600_000;
const USER_ZONES = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo"];

const scenario = fc.record({
  scheduledAt: fc.date({
    min: new Date("2025-01-01T00:00:00Z"),
    max: new Date("2028-12-31T00:00:00Z"),
    noInvalidDate: true,
  }),
  durationMinutes: fc.option(fc.integer({ min: 15, max: 120 }), { nil: null }),
  // Marked done from two hours before the planned end (cut short) to three days after.
  doneOffset: fc.integer({ min: -2 * HOUR, max: 72 * HOUR }),
  withSchedule: fc.boolean(),
  userZone: fc.constantFrom(...USER_ZONES),
});

describe("thank-you due time (properties)", () => {
  it("is the end of the day after the conversation ended (or was marked done, if earlier), in my zone", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const scheduledAt = s.scheduledAt.toISOString();
        const plannedEnd = s.scheduledAt.getTime() + (s.durationMinutes ?? 30) * 60_000;
        const doneAt = new Date(plannedEnd + s.doneOffset);
        const due = thankYouDueAt({
          scheduledAt: s.withSchedule ? scheduledAt : null,
          durationMinutes: s.durationMinutes,
          doneAt: doneAt.toISOString(),
          userZone: s.userZone,
        });
        const ended = s.withSchedule ? Math.min(plannedEnd, doneAt.getTime()) : doneAt.getTime();
        expect(due.getTime()).toBeGreaterThan(ended);
        // At most two local days (plus an hour when the clocks go back), at least one day less an hour.
        expect(due.getTime() - ended).toBeLessThanOrEqual(49 * HOUR);
        expect(due.getTime() - ended).toBeGreaterThanOrEqual(23 * HOUR - 1);
        const endedThere = DateTime.fromMillis(ended, { zone: s.userZone });
        const dueThere = DateTime.fromJSDate(due, { zone: s.userZone });
        expect(dueThere.toISODate()).toBe(endedThere.plus({ days: 1 }).toISODate());
        expect(dueThere.toFormat("HH:mm:ss.SSS")).toBe("23:59:59.999");
      }),
      { numRuns: 300 },
    );
  });
});

describe("thank-you due time (examples)", () => {
  const berlin = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Berlin" }).toJSDate().toISOString();

  it("is due by the end of tomorrow after a conversation today", () => {
    const due = thankYouDueAt({
      scheduledAt: berlin("2026-03-10T15:00"),
      durationMinutes: null,
      doneAt: berlin("2026-03-10T16:00"),
      userZone: "Europe/Berlin",
    });
    expect(due.toISOString()).toBe("2026-03-11T22:59:59.999Z");
  });

  it("counts from the end of a conversation that runs past midnight", () => {
    const due = thankYouDueAt({
      scheduledAt: berlin("2026-03-10T23:00"),
      durationMinutes: 90,
      doneAt: berlin("2026-03-11T09:00"),
      userZone: "Europe/Berlin",
    });
    expect(due.toISOString()).toBe("2026-03-12T22:59:59.999Z");
  });

  it("counts from the moment it was marked done when that was before the planned end", () => {
    const due = thankYouDueAt({
      scheduledAt: berlin("2026-03-10T23:30"),
      durationMinutes: 60,
      doneAt: berlin("2026-03-10T23:50"),
      userZone: "Europe/Berlin",
    });
    expect(due.toISOString()).toBe("2026-03-11T22:59:59.999Z");
  });

  it("without a scheduled time, counts from when it was marked done", () => {
    const due = thankYouDueAt({
      scheduledAt: null,
      durationMinutes: null,
      doneAt: "2026-03-10T12:00:00.000Z",
      userZone: "Asia/Kolkata",
    });
    expect(due.toISOString()).toBe("2026-03-11T18:29:59.999Z");
  });

  it("uses my zone and its clock changes: Saturday before the EU spring change is due Sunday 23:59 summer time", () => {
    const due = thankYouDueAt({
      scheduledAt: berlin("2026-03-28T10:00"),
      durationMinutes: 30,
      doneAt: berlin("2026-03-28T11:00"),
      userZone: "Europe/Berlin",
    });
    expect(due.toISOString()).toBe("2026-03-29T21:59:59.999Z");
    // Same moment, but I live in New York: still Saturday there, so Sunday's end in New York.
    const inNewYork = thankYouDueAt({
      scheduledAt: berlin("2026-03-28T10:00"),
      durationMinutes: 30,
      doneAt: berlin("2026-03-28T11:00"),
      userZone: "America/New_York",
    });
    expect(DateTime.fromJSDate(inNewYork, { zone: "America/New_York" }).toISO()).toBe(
      "2026-03-29T23:59:59.999-04:00",
    );
  });

  it("takes a conversation to last 30 minutes unless told", () => {
    expect(conversationEnd("2026-03-10T14:00:00.000Z", null).toISOString()).toBe("2026-03-10T14:30:00.000Z");
    expect(conversationEnd("2026-03-10T14:00:00.000Z", 45).toISOString()).toBe("2026-03-10T14:45:00.000Z");
  });
});
