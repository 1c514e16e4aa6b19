import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KNOWN, KNOWN_NOW, seedKnownRecord } from "../../test/support/analytics-fixtures.js";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { getAnalytics } from "./analytics.service.js";

describe.each(dialects)("what works for me, on a known record [%s]", (dialect) => {
  let t: TestRuntime;

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock(KNOWN_NOW));
  });
  afterEach(async () => {
    await t.close();
  });

  it("gives the known reply rates by weekday and hour, on each reader's clock", async () => {
    await seedKnownRecord(t.ctx);
    const { replies } = await getAnalytics(t.ctx);
    expect(replies).toMatchObject({ sent: 10, replied: 5, rate: 0.5, tooFew: false, note: null });
    const sentDays = replies.byWeekday.filter((d) => d.sent > 0);
    expect(Object.fromEntries(sentDays.map((d) => [d.label, [d.sent, d.replied]]))).toEqual(KNOWN.byWeekday);
    expect(replies.byWeekday.map((d) => d.key)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(replies.byWeekday.find((d) => d.label === "Tuesday")).toMatchObject({
      rate: 0.75,
      tooFew: true,
      note: "Only 4 requests: too few to tell.",
    });
    expect(replies.byWeekday.find((d) => d.label === "Wednesday")).toMatchObject({
      sent: 0,
      rate: null,
      note: "Nothing sent yet.",
    });
    const sentHours = replies.byHour.filter((h) => h.sent > 0);
    expect(Object.fromEntries(sentHours.map((h) => [h.label, [h.sent, h.replied]]))).toEqual(KNOWN.byHour);
    expect(replies.medianDaysToReply).toBe(KNOWN.medianDaysToReply);
    expect(replies.zoneNote).toContain(
      "for 2 requests to people without a time zone, on yours (Europe/Berlin)",
    );
  });

  it("gives the rates by template, channel and source, the most used first", async () => {
    await seedKnownRecord(t.ctx);
    const { replies } = await getAnalytics(t.ctx);
    const pick = (rows: typeof replies.byChannel) => rows.map((r) => [r.label, r.sent, r.replied]);
    expect(pick(replies.byTemplate)).toEqual([
      ["Written without a template", 6, 2],
      ["Short and specific", 4, 3],
    ]);
    expect(pick(replies.byChannel)).toEqual([
      ["E-mail", 6, 4],
      ["LinkedIn", 4, 1],
    ]);
    expect(pick(replies.bySource)).toEqual([
      ["Alumni (shared school)", 4, 1],
      ["LinkedIn", 4, 3],
      ["Not recorded", 2, 1],
    ]);
    expect(replies.byChannel.every((r) => r.tooFew)).toBe(true);
  });

  it("gives the funnel with its rates, marking steps that rest on too few", async () => {
    await seedKnownRecord(t.ctx);
    const { funnel } = await getAnalytics(t.ctx);
    expect(Object.fromEntries(funnel.map((s) => [s.step, s.count]))).toEqual(KNOWN.funnel);
    expect(funnel.map((s) => s.rate)).toEqual([null, 0.5, 0.6, 2 / 3, 0.5]);
    expect(funnel.map((s) => s.ofAsked)).toEqual([1, 0.5, 0.3, 0.2, 0.1]);
    expect(funnel.map((s) => s.tooFew)).toEqual([false, false, true, true, true]);
    expect(funnel[2]?.note).toBe("Out of only 5: too few to tell.");
  });

  it("gives the habit, where conversations came from, whom I only took from, and goals by decision", async () => {
    const ids = await seedKnownRecord(t.ctx);
    const figures = await getAnalytics(t.ctx);
    expect(figures.habit).toMatchObject({ perWeek: 1, thisWeek: 3, streakWeeks: 1, averagePerWeek: 0.3 });
    expect(figures.habit.weeks).toHaveLength(12);
    expect(figures.habit.weeks.at(-1)).toEqual({ weekStart: "2026-11-23", held: 3, metHabit: true });
    expect(figures.habit.weeks.at(-2)).toEqual({ weekStart: "2026-11-16", held: 0, metHabit: false });
    expect(figures.sources.map((s) => [s.label, s.people, s.peopleMet, s.conversations])).toEqual([
      ["LinkedIn", 4, 3, 3],
      ["Alumni (shared school)", 4, 0, 0],
      ["Not recorded", 3, 0, 0],
    ]);
    expect(figures.introducers).toEqual([
      { contactId: ids.Aiko, name: "Aiko Tanaka", introduced: 2, peopleMet: 2, conversations: 2 },
    ]);
    // Two things she gave, noted as exchanges, and the two people she introduced me to.
    expect(figures.giveBack).toEqual([
      expect.objectContaining({ contactId: ids.Aiko, contactName: "Aiko Tanaka", received: 4, held: 0 }),
    ]);
    expect(figures.goals.map((g) => [g.decision, g.count, g.goals.map((x) => x.title)])).toEqual([
      ["pursue", 1, ["Explore data science"]],
      ["eliminate", 1, ["Explore consulting"]],
      ["undecided", 0, []],
      ["open", 1, ["Explore patent law"]],
    ]);
  });

  it("shows another user nothing of mine, and a new user an empty record", async () => {
    await seedKnownRecord(t.ctx);
    const other = await getAnalytics(await t.otherUser());
    expect(other.replies).toMatchObject({ sent: 0, replied: 0, rate: null, medianDaysToReply: null });
    expect(other.funnel.every((s) => s.count === 0)).toBe(true);
    expect(other.funnel[0]?.note).toBe("No conversation asked for yet.");
    expect(other.sources).toEqual([]);
    expect(other.introducers).toEqual([]);
    expect(other.giveBack).toEqual([]);
    expect(other.goals.every((g) => g.count === 0)).toBe(true);
  });
});
