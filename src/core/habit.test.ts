import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { habitProgress } from "./habit.js";

const ZONE = "Europe/Berlin";
const at = (iso: string, zone = ZONE) => DateTime.fromISO(iso, { zone }).toJSDate();
// Wednesday 2026-03-11, noon in Berlin: the week started on Monday 2026-03-09.
const NOW = at("2026-03-11T12:00");

describe("weekly habit", () => {
  it("counts this week's conversations, from Monday 00:00 in my zone", () => {
    const progress = habitProgress({
      heldAt: [
        at("2026-03-08T23:30"), // Sunday night: last week
        at("2026-03-09T00:10"), // Monday just after midnight in Berlin (still Sunday in UTC)
        at("2026-03-10T15:00"),
      ],
      perWeek: 1,
      now: NOW,
      zone: ZONE,
    });
    expect(progress).toEqual({ perWeek: 1, thisWeek: 2, streakWeeks: 2, weekStart: "2026-03-09" });
  });

  it("counts the week in my zone, not in UTC", () => {
    // Monday 08:00 in Sydney is Sunday 21:00 UTC.
    const sydney = "Australia/Sydney";
    const progress = habitProgress({
      heldAt: [at("2026-03-09T08:00", sydney)],
      perWeek: 1,
      now: at("2026-03-11T12:00", sydney),
      zone: sydney,
    });
    expect(progress.thisWeek).toBe(1);
    expect(progress.weekStart).toBe("2026-03-09");
    const inUtc = habitProgress({
      heldAt: [at("2026-03-09T08:00", sydney)],
      perWeek: 1,
      now: at("2026-03-11T12:00", sydney),
      zone: "UTC",
    });
    expect(inUtc.thisWeek).toBe(0);
  });

  it("keeps the streak of past weeks while this week's goal is not met yet", () => {
    const progress = habitProgress({
      heldAt: [at("2026-03-04T10:00"), at("2026-02-24T10:00"), at("2026-02-16T10:00")],
      perWeek: 1,
      now: NOW,
      zone: ZONE,
    });
    expect(progress.thisWeek).toBe(0);
    expect(progress.streakWeeks).toBe(3);
  });

  it("adds this week to the streak once it is met", () => {
    const progress = habitProgress({
      heldAt: [at("2026-03-10T10:00"), at("2026-03-04T10:00"), at("2026-02-24T10:00")],
      perWeek: 1,
      now: NOW,
      zone: ZONE,
    });
    expect(progress.streakWeeks).toBe(3);
  });

  it("breaks the streak at a week without enough conversations", () => {
    const progress = habitProgress({
      heldAt: [at("2026-03-04T10:00"), at("2026-02-16T10:00"), at("2026-02-09T10:00")],
      perWeek: 1,
      now: NOW,
      zone: ZONE,
    });
    expect(progress.streakWeeks).toBe(1);
    const twoAWeek = habitProgress({
      heldAt: [
        at("2026-03-10T10:00"),
        at("2026-03-11T09:00"),
        at("2026-03-04T10:00"),
        at("2026-02-24T10:00"),
      ],
      perWeek: 2,
      now: NOW,
      zone: ZONE,
    });
    expect(twoAWeek).toMatchObject({ thisWeek: 2, streakWeeks: 1 });
  });

  it("has no streak with nothing held", () => {
    expect(habitProgress({ heldAt: [], perWeek: 1, now: NOW, zone: ZONE })).toEqual({
      perWeek: 1,
      thisWeek: 0,
      streakWeeks: 0,
      weekStart: "2026-03-09",
    });
  });

  it("keeps a streak across the clock change", () => {
    // Weeks of 2026-03-23, 2026-03-30 (after the EU change on 2026-03-29) and 2026-04-06.
    const progress = habitProgress({
      heldAt: [at("2026-03-23T00:30"), at("2026-03-30T00:30"), at("2026-04-06T00:30")],
      perWeek: 1,
      now: at("2026-04-12T23:30"),
      zone: ZONE,
    });
    expect(progress).toEqual({ perWeek: 1, thisWeek: 1, streakWeeks: 3, weekStart: "2026-04-06" });
  });

  it("counts the conversations of this local week and the streak of met weeks before it (property)", () => {
    const DAY = 86_400_000;
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2025-01-01T00:00:00Z"),
          max: new Date("2028-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.array(fc.integer({ min: -40 * DAY, max: 10 * DAY }), { maxLength: 12 }),
        fc.constantFrom("Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"),
        fc.integer({ min: 1, max: 3 }),
        (now, offsets, zone, perWeek) => {
          const heldAt = offsets.map((o) => new Date(now.getTime() + o));
          const progress = habitProgress({ heldAt, perWeek, now, zone });
          const monday = DateTime.fromJSDate(now, { zone }).startOf("day");
          const start = monday.minus({ days: monday.weekday - 1 });
          const end = start.plus({ days: 7 });
          expect(progress.weekStart).toBe(start.toISODate());
          const inWeek = heldAt.filter((d) => d >= start.toJSDate() && d < end.toJSDate()).length;
          expect(progress.thisWeek).toBe(inWeek);
          // The streak, counted week by week backwards; an unmet current week does not end it.
          const countIn = (weekStart: DateTime) =>
            heldAt.filter((d) => d >= weekStart.toJSDate() && d < weekStart.plus({ days: 7 }).toJSDate())
              .length;
          let streak = inWeek >= perWeek ? 1 : 0;
          for (let w = start.minus({ days: 7 }); countIn(w) >= perWeek; w = w.minus({ days: 7 })) streak += 1;
          expect(progress.streakWeeks).toBe(streak);
        },
      ),
      { numRuns: 200 },
    );
  });
});
