import { afterEach, describe, expect, it } from "vitest";
import { saveDateStyleChoice } from "./date-style.js";
import { formatDate, formatDateTime, localTimeIn, sentence } from "./format.js";

describe("sentence", () => {
  it("ends a phrase with a full stop", () => {
    expect(sentence("Goal added: Compilers at a lab")).toBe("Goal added: Compilers at a lab.");
    expect(sentence("  Not saved  ")).toBe("Not saved.");
  });

  it("adds none after a question mark, an exclamation mark, a full stop or an ellipsis", () => {
    expect(sentence("Goal added: Is this path right for me?")).toBe("Goal added: Is this path right for me?");
    expect(sentence("Not saved: Could not reach the server. Is it running?")).toBe(
      "Not saved: Could not reach the server. Is it running?",
    );
    expect(sentence("Wonderful!")).toBe("Wonderful!");
    expect(sentence("Done.")).toBe("Done.");
    expect(sentence("And then…")).toBe("And then…");
  });

  it("looks inside closing quotes and brackets", () => {
    expect(sentence("She asked “why not?”")).toBe("She asked “why not?”");
    expect(sentence("(see the notes.)")).toBe("(see the notes.)");
    expect(sentence("Added “Coffee”")).toBe("Added “Coffee”.");
  });

  it("gives nothing for nothing", () => {
    expect(sentence("   ")).toBe("");
  });
});

describe("dates and times follow one style", () => {
  afterEach(() => saveDateStyleChoice({ time: "auto", dates: "auto" }));

  it("writes day first and a 24-hour clock when so chosen", () => {
    saveDateStyleChoice({ time: "24h", dates: "day-month" });
    expect(formatDate("2026-11-24")).toBe("24 Nov 2026");
    expect(localTimeIn("UTC", new Date("2026-11-24T14:05:00Z"))).toBe("14:05");
    expect(localTimeIn("UTC", new Date("2026-11-24T09:05:00Z"))).toBe("09:05");
  });

  it("writes month first and a 12-hour clock when so chosen", () => {
    saveDateStyleChoice({ time: "12h", dates: "month-day" });
    expect(formatDate("2026-11-24")).toBe("Nov 24, 2026");
    expect(localTimeIn("UTC", new Date("2026-11-24T14:05:00Z"))).toMatch(/^2:05\sPM$/i);
  });

  it("keeps a date-only value on its calendar day in every zone", () => {
    saveDateStyleChoice({ time: "24h", dates: "day-month" });
    expect(formatDate("2026-01-01")).toBe("1 Jan 2026");
  });

  it("never mixes clocks within a date and time", () => {
    saveDateStyleChoice({ time: "24h", dates: "month-day" });
    expect(formatDateTime("2026-11-24T14:05:00Z")).toMatch(/14:05|15:05|\d{2}:05/);
    expect(formatDateTime("2026-11-24T14:05:00Z")).not.toMatch(/AM|PM/i);
  });

  it("leaves what is not a date as it is", () => {
    expect(formatDate("someday")).toBe("someday");
    expect(formatDate(null)).toBe("");
  });
});
