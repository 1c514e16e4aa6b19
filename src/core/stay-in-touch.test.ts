import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RELATIONSHIP_STRENGTHS } from "./contact-fields.js";
import { cadenceDays, cadenceInForce, nextTouchDue } from "./stay-in-touch.js";

const DAY = 86_400_000;

describe("stay-in-touch cadence", () => {
  it("keeps in touch more often the closer we are, and not at all with someone never met", () => {
    expect(cadenceDays("new", null)).toBeNull();
    expect(cadenceDays("acquaintance", null)).toBe(120);
    expect(cadenceDays("warm", null)).toBe(90);
    expect(cadenceDays("close", null)).toBe(60);
  });

  it("lets my own cadence for a contact win over the default", () => {
    expect(cadenceDays("close", 14)).toBe(14);
    expect(cadenceDays("new", 30)).toBe(30);
  });
});

describe("next touch due", () => {
  it("uses the date I set first, even with a last touch and a cadence", () => {
    const due = nextTouchDue({
      strength: "close",
      cadenceOverride: 10,
      lastTouchAt: "2026-01-01T10:00:00.000Z",
      nextTouchAt: "2026-06-15T08:00:00.000Z",
    });
    expect(due?.toISOString()).toBe("2026-06-15T08:00:00.000Z");
    const neverMet = nextTouchDue({
      strength: "new",
      cadenceOverride: null,
      lastTouchAt: null,
      nextTouchAt: "2026-06-15T08:00:00.000Z",
    });
    expect(neverMet?.toISOString()).toBe("2026-06-15T08:00:00.000Z");
  });

  it("else counts the cadence of the relationship from the last touch", () => {
    const last = "2026-01-10T12:00:00.000Z";
    const due = (strength: "acquaintance" | "warm" | "close", cadenceOverride: number | null = null) =>
      nextTouchDue({ strength, cadenceOverride, lastTouchAt: last, nextTouchAt: null })?.toISOString();
    expect(due("warm")).toBe("2026-04-10T12:00:00.000Z");
    expect(due("close")).toBe("2026-03-11T12:00:00.000Z");
    expect(due("acquaintance")).toBe("2026-05-10T12:00:00.000Z");
    expect(due("warm", 7)).toBe("2026-01-17T12:00:00.000Z");
  });

  it("is not due when we were never in touch, or there is no cadence for a new contact", () => {
    expect(
      nextTouchDue({ strength: "warm", cadenceOverride: null, lastTouchAt: null, nextTouchAt: null }),
    ).toBeNull();
    expect(
      nextTouchDue({
        strength: "new",
        cadenceOverride: null,
        lastTouchAt: "2026-01-10T12:00:00.000Z",
        nextTouchAt: null,
      }),
    ).toBeNull();
  });

  it("is always the last touch plus the cadence when no date is set (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RELATIONSHIP_STRENGTHS),
        fc.option(fc.integer({ min: 1, max: 365 }), { nil: null }),
        fc.date({
          min: new Date("2024-01-01T00:00:00Z"),
          max: new Date("2028-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (strength, override, last) => {
          const due = nextTouchDue({
            strength,
            cadenceOverride: override,
            lastTouchAt: last.toISOString(),
            nextTouchAt: null,
          });
          const expected = override ?? { new: null, acquaintance: 120, warm: 90, close: 60 }[strength];
          if (expected === null) expect(due).toBeNull();
          else expect(due?.getTime()).toBe(last.getTime() + expected * DAY);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the cadence in force, in words", () => {
  it("names the relationship's default when no cadence was set for them", () => {
    expect(cadenceInForce("acquaintance", null)).toEqual({
      days: 120,
      from: "default",
      text: "Every 120 days (the default for an acquaintance)",
    });
    expect(cadenceInForce("warm", null).text).toBe("Every three months (the default for a warm contact)");
    expect(cadenceInForce("close", null).text).toBe("Every two months (the default for a close contact)");
  });

  it("prefers the cadence set for them, and says when there is none", () => {
    expect(cadenceInForce("acquaintance", 30)).toEqual({
      days: 30,
      from: "contact",
      text: "Every month (set for them)",
    });
    expect(cadenceInForce("close", 45).text).toBe("Every 45 days (set for them)");
    expect(cadenceInForce("new", null)).toMatchObject({ days: null, from: "none" });
    expect(cadenceInForce("new", null).text).toMatch(/^No reminder/);
  });
});
