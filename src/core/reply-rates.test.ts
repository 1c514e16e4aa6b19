import { describe, expect, it } from "vitest";
import { byGroup, byWeekdayAndHour, LocalClock, medianDaysToReply, replyRate } from "./reply-rates.js";

describe("reply rates", () => {
  it("reads a request's weekday and hour on the reader's clock, across a change of the clocks", () => {
    const clock = new LocalClock("Europe/Berlin");
    // New York: 22:00 on a Friday, before (EDT) and after (EST) the clocks went back on 1 November.
    expect(clock.slotOf("2026-10-31T02:00:00.000Z", "America/New_York")).toEqual({ weekday: 5, hour: 22 });
    expect(clock.slotOf("2026-11-07T03:00:00.000Z", "America/New_York")).toEqual({ weekday: 5, hour: 22 });
    // Half-hour zones keep their half hour: 23:45 UTC is 05:15 the next day in Kolkata.
    expect(clock.slotOf("2026-11-02T23:45:00.000Z", "Asia/Kolkata")).toEqual({ weekday: 2, hour: 5 });
    // No zone, or one that does not exist: my clock (Berlin, UTC+1 in November).
    expect(clock.slotOf("2026-11-15T23:30:00.000Z", null)).toEqual({ weekday: 1, hour: 0 });
    expect(clock.slotOf("2026-11-15T23:30:00.000Z", "Mars/Olympus")).toEqual({ weekday: 1, hour: 0 });
    expect(clock.slotOf("not a time", null)).toBeNull();
  });

  it("counts every weekday and hour, marking those with too few requests", () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      zone: "UTC",
      sentAt: `2026-11-${String(3 + 7 * (i % 3)).padStart(2, "0")}T09:${String(i).padStart(2, "0")}:00.000Z`,
      sent: 1,
      replied: i % 2,
    }));
    const { byWeekday, byHour } = byWeekdayAndHour(rows, "UTC");
    expect(byWeekday).toHaveLength(7);
    expect(byWeekday[1]).toMatchObject({ label: "Tuesday", sent: 12, replied: 6, rate: 0.5, tooFew: false });
    expect(byHour).toHaveLength(24);
    expect(byHour[9]).toMatchObject({ label: "09:00", sent: 12, tooFew: false, note: null });
    expect(byHour[10]).toMatchObject({ sent: 0, rate: null, tooFew: true, note: "Nothing sent yet." });
  });

  it("merges groups, labels them and puts the most used first", () => {
    const rows = byGroup(
      [
        { key: "email", sent: 3, replied: 1 },
        { key: "linkedin", sent: 12, replied: 3 },
        { key: "email", sent: 1, replied: 1 },
      ],
      (key) => (key === "email" ? "E-mail" : "LinkedIn"),
    );
    expect(rows.map((r) => [r.label, r.sent, r.replied, r.rate, r.tooFew])).toEqual([
      ["LinkedIn", 12, 3, 0.25, false],
      ["E-mail", 4, 2, 0.5, true],
    ]);
    expect(replyRate(null, "One", 1, 1).note).toBe("Only 1 request: too few to tell.");
  });

  it("finds the median days to reply, leaving out impossible replies before the request", () => {
    const pair = (days: number) => ({
      sentAt: "2026-11-01T00:00:00.000Z",
      repliedAt: new Date(Date.parse("2026-11-01T00:00:00.000Z") + days * 86_400_000).toISOString(),
    });
    expect(medianDaysToReply([])).toBeNull();
    expect(medianDaysToReply([pair(3), pair(1), pair(8)])).toBe(3);
    expect(medianDaysToReply([pair(1), pair(2), pair(4), pair(9)])).toBe(3);
    expect(medianDaysToReply([pair(-2), pair(0.25)])).toBe(0.3);
  });
});
