import { describe, expect, it } from "vitest";
import { vtimezone } from "./ical-vtimezone.js";

const at = (iso: string) => ({ from: new Date(iso), to: new Date(iso) });

/** The observances as "KIND DTSTART FROM>TO" lines. */
function observances(component: string): string[] {
  return [
    ...component.matchAll(
      /BEGIN:(STANDARD|DAYLIGHT)\r\nDTSTART:(\S+)\r\nTZOFFSETFROM:(\S+)\r\nTZOFFSETTO:(\S+)/g,
    ),
  ].map(([, kind, start, from, to]) => `${kind} ${start} ${from}>${to}`);
}

describe("vtimezone", () => {
  it("lists Berlin's changes from the year before to the year after, with onsets in local time", () => {
    const component = vtimezone("Europe/Berlin", at("2025-06-01T12:00:00Z"));
    expect(component.startsWith("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n")).toBe(true);
    expect(component.endsWith("END:VTIMEZONE")).toBe(true);
    expect(observances(component)).toEqual([
      "STANDARD 20240101T000000 +0100>+0100",
      "DAYLIGHT 20240331T020000 +0100>+0200",
      "STANDARD 20241027T030000 +0200>+0100",
      "DAYLIGHT 20250330T020000 +0100>+0200",
      "STANDARD 20251026T030000 +0200>+0100",
      "DAYLIGHT 20260329T020000 +0100>+0200",
      "STANDARD 20261025T030000 +0200>+0100",
    ]);
    expect(component).toContain("TZNAME:CEST");
  });

  it("knows the southern hemisphere's summer and half-hour offsets", () => {
    expect(observances(vtimezone("Australia/Adelaide", at("2025-06-01T00:00:00Z"))).slice(0, 3)).toEqual([
      "DAYLIGHT 20240101T000000 +1030>+1030",
      "STANDARD 20240407T030000 +1030>+0930",
      "DAYLIGHT 20241006T020000 +0930>+1030",
    ]);
  });

  it("writes one observance for a zone without changes", () => {
    expect(observances(vtimezone("Asia/Kathmandu", at("2025-06-01T00:00:00Z")))).toEqual([
      "STANDARD 20240101T000000 +0545>+0545",
    ]);
  });

  it("refuses a zone the runtime does not know", () => {
    expect(() => vtimezone("Mars/Olympus_Mons", at("2025-06-01T00:00:00Z"))).toThrow(RangeError);
  });
});

describe("formatOffset", () => {
  it("writes whole seconds, never fractions, for old local mean times", async () => {
    const { formatOffset } = await import("./ical-vtimezone.js");
    expect(formatOffset(60)).toBe("+0100");
    expect(formatOffset(-270)).toBe("-0430");
    expect(formatOffset(353 + 28 / 60)).toBe("+055328");
    expect(formatOffset(-(17 * 60 + 4 / 60 + 0.0001))).toBe("-170004");
  });

  it("gives Asia/Kolkata in 1900 valid TZOFFSETFROM and TZOFFSETTO lines", () => {
    const component = vtimezone("Asia/Kolkata", at("1900-06-01T00:00:00Z"));
    for (const line of component.split("\r\n").filter((l) => l.startsWith("TZOFFSET")))
      expect(line).toMatch(/^TZOFFSET(FROM|TO):[+-]\d{4}(\d{2})?$/);
  });
});
