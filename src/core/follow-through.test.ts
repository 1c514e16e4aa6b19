import { describe, expect, it } from "vitest";
import { appendNeed, howConnected, promiseDueAt } from "./follow-through.js";

describe("promiseDueAt", () => {
  it("is tomorrow at 17:00 in my time zone", () => {
    expect(promiseDueAt(new Date("2026-11-25T10:00:00Z"), "Europe/Berlin")).toBe("2026-11-26T16:00:00.000Z");
    // Late in the evening in New York is already the next day in UTC; tomorrow is still New York's.
    expect(promiseDueAt(new Date("2026-11-26T03:00:00Z"), "America/New_York")).toBe(
      "2026-11-26T22:00:00.000Z",
    );
  });
});

describe("appendNeed", () => {
  it("adds a dated line, keeping what was there", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    expect(appendNeed("", "  a data   engineer ", now, "UTC")).toBe("2026-11-25: a data engineer");
    expect(appendNeed("Speakers for a meetup\n", "a designer", now, "UTC")).toBe(
      "Speakers for a meetup\n2026-11-25: a designer",
    );
  });
});

describe("howConnected", () => {
  const base = { introducerName: null, mayMentionIntroducer: null, source: null, sourceDetail: null };
  it("names the introducer first, with whether I may mention them", () => {
    expect(howConnected({ ...base, introducerName: "Ada Lovelace", source: "referral" })).toBe(
      "Introduced by Ada Lovelace",
    );
    expect(howConnected({ ...base, introducerName: "Ada Lovelace", mayMentionIntroducer: true })).toBe(
      "Introduced by Ada Lovelace; you may mention their name",
    );
  });
  it("else says how I found them, in words", () => {
    expect(howConnected({ ...base, source: "alumni", sourceDetail: "Class of 2012" })).toBe(
      "Alumni (shared school): Class of 2012",
    );
    expect(howConnected({ ...base, source: "linkedin" })).toBe("LinkedIn");
    expect(howConnected({ ...base, sourceDetail: "Met at a meetup" })).toBe("Met at a meetup");
    expect(howConnected(base)).toBeNull();
  });
});
