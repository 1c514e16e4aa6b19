import { describe, expect, it } from "vitest";
import { averageFit, compareGoals, type Goal, mergeAssessment, readAssessment } from "./goal.js";

const goal = (over: Partial<Goal>): Goal => ({
  id: "g1",
  title: "Data engineering",
  description: "",
  kind: "role",
  decision: "undecided",
  decisionReason: "",
  decidedAt: null,
  assessment: {},
  archived: false,
  archivedAt: null,
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
  ...over,
});

describe("assessments", () => {
  it("reads only known criteria with a valid score or a note", () => {
    expect(
      readAssessment({
        culture: { score: 4, note: "friendly" },
        outlook: { score: 9 },
        fit: { note: "unsure" },
        bogus: { score: 3 },
      }),
    ).toEqual({ culture: { score: 4, note: "friendly" }, fit: { score: null, note: "unsure" } });
    expect(readAssessment("nonsense")).toEqual({});
  });

  it("merges a change criterion by criterion; null clears one", () => {
    const current = { culture: { score: 4, note: "friendly" }, fit: { score: 2, note: "" } };
    expect(
      mergeAssessment(current, { culture: { score: 5 }, fit: null, outlook: { note: " growing " } }),
    ).toEqual({ culture: { score: 5, note: "friendly" }, outlook: { score: null, note: "growing" } });
  });
});

describe("compareGoals", () => {
  it("puts goals side by side on the chosen criteria, with their decision and average fit", () => {
    const a = goal({ id: "a", assessment: { culture: { score: 4, note: "calm" } }, decision: "pursue" });
    const b = goal({ id: "b", title: "Product management" });
    const comparison = compareGoals(
      [
        { goal: a, conversationCount: 2, fitRatings: [4, 5] },
        { goal: b, conversationCount: 1, fitRatings: [null] },
      ],
      ["culture", "day-to-day"],
    );
    expect(comparison.kind).toBe("role");
    expect(comparison.criteria.map((c) => c.key)).toEqual(["day-to-day", "culture"]);
    expect(comparison.goals[0]).toMatchObject({
      id: "a",
      decision: "pursue",
      conversationCount: 2,
      averageFit: 4.5,
      scores: [
        { criterion: "day-to-day", score: null, note: "" },
        { criterion: "culture", score: 4, note: "calm" },
      ],
    });
    expect(comparison.goals[1]?.averageFit).toBeNull();
  });

  it("averages fit to one decimal", () => {
    expect(averageFit([4, 4, 5])).toBe(4.3);
    expect(averageFit([])).toBeNull();
  });
});
