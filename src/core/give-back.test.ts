import { describe, expect, it } from "vitest";
import { buildAgenda } from "./agenda.js";
import { type GiveBackCandidate, giveBackSuggestions } from "./give-back.js";

const NOW = new Date("2026-11-25T10:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const person = (over: Partial<GiveBackCandidate>): GiveBackCandidate => ({
  contactId: "p",
  contactName: "Pat",
  received: 0,
  held: 0,
  lastGivenAt: null,
  ...over,
});

describe("giveBackSuggestions", () => {
  it("suggests people I took from at least twice and gave nothing to in 180 days", () => {
    const out = giveBackSuggestions(
      [
        person({ contactId: "took-twice", received: 2 }),
        person({ contactId: "met-twice", held: 2, lastGivenAt: daysAgo(200) }),
        person({ contactId: "once", received: 1, held: 1 }),
        person({ contactId: "gave-lately", received: 5, lastGivenAt: daysAgo(30) }),
      ],
      NOW,
    );
    expect(out.map((s) => s.contactId).sort()).toEqual(["met-twice", "took-twice"]);
    expect(out.find((s) => s.contactId === "took-twice")?.reason).toMatch(/nothing given back yet/);
  });

  it("gives at most 3 a day, those I took the most from first", () => {
    const out = giveBackSuggestions(
      [2, 6, 3, 4, 5].map((n) => person({ contactId: `p${n}`, contactName: `P${n}`, received: n })),
      NOW,
    );
    expect(out.map((s) => s.contactId)).toEqual(["p6", "p5", "p4"]);
  });
});

describe("give-back on the agenda", () => {
  it("is due today, keyed by person so it can be snoozed", () => {
    const agenda = buildAgenda({
      now: NOW,
      userZone: "Europe/Berlin",
      holidays: [],
      conversations: [],
      contactsDue: [],
      tasks: [],
      snoozedUntil: new Map(),
      habit: { perWeek: 1, thisWeek: 0, streakWeeks: 0, weekStart: "2026-11-23" },
      suggestion: null,
      giveBack: giveBackSuggestions([person({ contactId: "p1", contactName: "Pat Lee", received: 2 })], NOW),
    });
    const today = agenda.sections.find((s) => s.id === "today")?.items ?? [];
    expect(today).toMatchObject([
      { key: "give-back:p1", kind: "give-back", contactId: "p1", title: "Give something back to Pat Lee" },
    ]);
    expect(today[0]?.dueAt).toBe("2026-11-25T22:59:59.999Z");
  });
});
