import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addBusinessDays, type Calendar } from "./business-days.js";
import { DEFAULT_FOLLOW_UP, type FollowUpRules, followUpStep } from "./follow-up.js";

const DAY = 86_400_000;
const ZONES = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo"];

const instant = fc.date({
  min: new Date("2025-01-01T00:00:00Z"),
  max: new Date("2028-10-31T23:59:59Z"),
  noInvalidDate: true,
});
const zone = fc.constantFrom(...ZONES);
const rules: fc.Arbitrary<FollowUpRules> = fc.oneof(
  fc.constant(DEFAULT_FOLLOW_UP),
  fc
    .record({
      checkAfterDays: fc.integer({ min: 1, max: 5 }),
      extra: fc.integer({ min: 1, max: 8 }),
      maxNudges: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ checkAfterDays, extra, maxNudges }) => ({
      checkAfterDays,
      nudgeAfterDays: checkAfterDays + extra,
      maxNudges,
    })),
);

/** A request, nudges after it, maybe an earlier or later reply, and a "now" up to two months on. */
const scenario = fc.record({
  requestSentAt: instant,
  nudgeGaps: fc.array(fc.integer({ min: 60_000, max: 20 * DAY }), { maxLength: 3 }),
  heardOffset: fc.option(fc.integer({ min: -30 * DAY, max: 40 * DAY }), { nil: null }),
  nowOffset: fc.integer({ min: 0, max: 60 * DAY }),
  zone,
  holidayOffsets: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
  rules,
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const start = s.requestSentAt.getTime();
  const nudgesSentAt: Date[] = [];
  let at = start;
  for (const gap of s.nudgeGaps) {
    at += gap;
    nudgesSentAt.push(new Date(at));
  }
  const day = DateTime.fromJSDate(s.requestSentAt, { zone: s.zone }).startOf("day");
  const calendar: Calendar = {
    zone: s.zone,
    holidays: s.holidayOffsets.map((d) => day.plus({ days: d }).toISODate() ?? ""),
  };
  return {
    requestSentAt: s.requestSentAt,
    // Given out of order: the routine must find the latest itself.
    nudgesSentAt: [...nudgesSentAt].reverse(),
    lastHeardAt: s.heardOffset === null ? null : new Date(start + s.heardOffset),
    now: new Date(at + s.nowOffset),
    calendar,
    rules: s.rules,
    lastMessage: new Date(at),
  };
}

describe("follow-up routine (properties)", () => {
  it("puts every due follow-up on a business day in their zone, after the last message and not after now", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = build(s);
        const result = followUpStep(input);
        if (result.step === "answered" || result.step === "waiting") return;
        const there = DateTime.fromJSDate(result.dueAt, { zone: input.calendar.zone });
        expect(there.weekday).toBeLessThanOrEqual(5);
        expect(input.calendar.holidays).not.toContain(there.toISODate());
        expect(result.dueAt.getTime()).toBeGreaterThan(input.lastMessage.getTime());
        expect(result.dueAt.getTime()).toBeLessThanOrEqual(input.now.getTime());
        expect(result.nudgesSent).toBe(input.nudgesSentAt.length);
      }),
      { numRuns: 250 },
    );
  });

  it("treats any reply at or after the request as answered", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 40 * DAY }), (s, replyAfter) => {
        const input = build(s);
        const reply = new Date(input.requestSentAt.getTime() + replyAfter);
        expect(followUpStep({ ...input, lastHeardAt: reply })).toEqual({ step: "answered", at: reply });
      }),
      { numRuns: 200 },
    );
  });

  it("without a reply: waits, checks from +check, nudges from +nudge, lets go after the last allowed nudge", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = build(s);
        const noReply =
          input.lastHeardAt === null || input.lastHeardAt.getTime() < input.requestSentAt.getTime();
        fc.pre(noReply);
        const { checkAfterDays, nudgeAfterDays, maxNudges } = s.rules;
        const checkAt = addBusinessDays(input.lastMessage, checkAfterDays, input.calendar);
        const nudgeAt = addBusinessDays(input.lastMessage, nudgeAfterDays, input.calendar);
        const result = followUpStep(input);
        if (input.now < checkAt) {
          expect(result).toEqual({ step: "waiting", nextAt: checkAt });
        } else if (input.now < nudgeAt) {
          expect(result).toEqual({ step: "check", dueAt: checkAt, nudgesSent: input.nudgesSentAt.length });
        } else {
          const step = input.nudgesSentAt.length >= maxNudges ? "let-go" : "nudge";
          expect(result).toEqual({ step, dueAt: nudgeAt, nudgesSent: input.nudgesSentAt.length });
        }
      }),
      { numRuns: 250 },
    );
  });

  it("asks for at least a nudge when a request got no reply for 15 calendar days", () => {
    fc.assert(
      fc.property(instant, zone, (sent, tz) => {
        const result = followUpStep({
          requestSentAt: sent,
          nudgesSentAt: [],
          lastHeardAt: null,
          now: new Date(sent.getTime() + 15 * DAY),
          calendar: { zone: tz, holidays: [] },
        });
        expect(result.step).toBe("nudge");
      }),
      { numRuns: 200 },
    );
  });
});

describe("follow-up routine (examples)", () => {
  const ny: Calendar = { zone: "America/New_York", holidays: [] };
  const at = (iso: string) => DateTime.fromISO(iso, { zone: ny.zone }).toJSDate();
  const sent = at("2026-03-03T09:00"); // a Tuesday
  const base = { requestSentAt: sent, nudgesSentAt: [], lastHeardAt: null, calendar: ny };

  it("checks for a reply 3 business days after a Tuesday request, on Friday", () => {
    expect(followUpStep({ ...base, now: at("2026-03-06T08:59") })).toEqual({
      step: "waiting",
      nextAt: at("2026-03-06T09:00"),
    });
    expect(followUpStep({ ...base, now: at("2026-03-06T09:00") })).toEqual({
      step: "check",
      dueAt: at("2026-03-06T09:00"),
      nudgesSent: 0,
    });
  });

  it("nudges 7 business days after the request, across the weekend and the clock change", () => {
    expect(followUpStep({ ...base, now: at("2026-03-12T08:59") }).step).toBe("check");
    expect(followUpStep({ ...base, now: at("2026-03-12T09:00") })).toEqual({
      step: "nudge",
      dueAt: at("2026-03-12T09:00"),
      nudgesSent: 0,
    });
  });

  it("pushes the dates past a listed holiday", () => {
    const calendar = { zone: ny.zone, holidays: ["2026-03-05"] };
    const result = followUpStep({ ...base, calendar, now: at("2026-03-09T12:00") });
    expect(result).toEqual({ step: "check", dueAt: at("2026-03-09T09:00"), nudgesSent: 0 });
  });

  it("counts from the latest nudge, and lets go after two nudges and 7 more business days", () => {
    const nudgesSentAt = [at("2026-03-23T10:00"), at("2026-03-12T10:00")];
    expect(
      followUpStep({ ...base, nudgesSentAt: nudgesSentAt.slice(1), now: at("2026-03-23T10:00") }),
    ).toEqual({ step: "nudge", dueAt: at("2026-03-23T10:00"), nudgesSent: 1 });
    expect(followUpStep({ ...base, nudgesSentAt, now: at("2026-03-26T10:00") })).toEqual({
      step: "check",
      dueAt: at("2026-03-26T10:00"),
      nudgesSent: 2,
    });
    expect(followUpStep({ ...base, nudgesSentAt, now: at("2026-04-01T10:00") })).toEqual({
      step: "let-go",
      dueAt: at("2026-04-01T10:00"),
      nudgesSent: 2,
    });
  });

  it("does not take an exchange from before the request for an answer", () => {
    const result = followUpStep({
      ...base,
      lastHeardAt: at("2026-02-20T12:00"),
      now: at("2026-03-16T12:00"),
    });
    expect(result.step).toBe("nudge");
    const answered = followUpStep({ ...base, lastHeardAt: sent, now: at("2026-03-16T12:00") });
    expect(answered).toEqual({ step: "answered", at: sent });
  });
});
