import { describe, expect, it } from "vitest";
import { isInYearRange } from "./year-range.js";

describe("isInYearRange", () => {
  it("accepts 1900 to 2200 and refuses the rest and what is not a date", () => {
    expect(isInYearRange("1900-01-01T00:00:00Z")).toBe(true);
    expect(isInYearRange("2200-12-31T23:59:59Z")).toBe(true);
    expect(isInYearRange("2026-11-24")).toBe(true);
    expect(isInYearRange("1899-12-31T23:59:59Z")).toBe(false);
    expect(isInYearRange("2200-12-31T23:59:59-01:00")).toBe(false);
    expect(isInYearRange("0000-01-01T00:00:00Z")).toBe(false);
    expect(isInYearRange("not a date")).toBe(false);
  });
});
