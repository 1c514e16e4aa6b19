import { describe, expect, it } from "vitest";
import { parseDay, parseTimeOfDay, showDay, showTimeOfDay } from "./typed-date.js";

describe("a day typed in the chosen order", () => {
  it("reads the day first or the month first, and an ISO date either way", () => {
    expect(parseDay("9/3/2027", false)).toBe("2027-03-09");
    expect(parseDay("9/3/2027", true)).toBe("2027-09-03");
    expect(parseDay("09.03.27", false)).toBe("2027-03-09");
    expect(parseDay("2027-03-09", true)).toBe("2027-03-09");
  });

  it("refuses what is not a real day", () => {
    expect(parseDay("31/2/2027", false)).toBeNull();
    expect(parseDay("13/13/2027", true)).toBeNull();
    expect(parseDay("next Tuesday", false)).toBeNull();
    expect(parseDay("", false)).toBeNull();
  });

  it("writes a day back in the chosen order, and leaves what it cannot read as typed", () => {
    expect(showDay("2027-03-09", false)).toBe("09/03/2027");
    expect(showDay("2027-03-09", true)).toBe("03/09/2027");
    expect(showDay("9/3", false)).toBe("9/3");
  });
});

describe("a time of day typed on either clock", () => {
  it("reads 24-hour and 12-hour times", () => {
    expect(parseTimeOfDay("14:30")).toBe("14:30");
    expect(parseTimeOfDay("2:30 pm")).toBe("14:30");
    expect(parseTimeOfDay("2.30PM")).toBe("14:30");
    expect(parseTimeOfDay("12:15 am")).toBe("00:15");
    expect(parseTimeOfDay("12 pm")).toBe("12:00");
    expect(parseTimeOfDay("9")).toBe("09:00");
  });

  it("refuses what is not a time of day", () => {
    expect(parseTimeOfDay("25:00")).toBeNull();
    expect(parseTimeOfDay("13 pm")).toBeNull();
    expect(parseTimeOfDay("9:75")).toBeNull();
    expect(parseTimeOfDay("soon")).toBeNull();
  });

  it("writes a time back on the chosen clock", () => {
    expect(showTimeOfDay("14:30", true)).toBe("2:30 pm");
    expect(showTimeOfDay("00:05", true)).toBe("12:05 am");
    expect(showTimeOfDay("14:30", false)).toBe("14:30");
  });
});
