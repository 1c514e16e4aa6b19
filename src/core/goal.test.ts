import { describe, expect, it } from "vitest";
import {
  averageFit,
  compareGoals,
  type Goal,
  learnPhraseProblem,
  learnSentence,
  mergeAssessment,
  readAssessment,
} from "./goal.js";
import { GoalCreateInput, GoalUpdateInput } from "./goal.schema.js";

const goal = (over: Partial<Goal>): Goal => ({
  id: "g1",
  title: "Data engineering",
  description: "",
  learnPhrase: "",
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

describe('a goal\'s phrase for "I am exploring …"', () => {
  it("shows the sentence the phrase lands in, as the request templates write it", () => {
    expect(learnSentence("how biotech teams hire data scientists")).toBe(
      "I am exploring how biotech teams hire data scientists, and your view would help.",
    );
  });

  it("accepts a phrase that reads in the sentence, and no phrase at all", () => {
    expect(learnPhraseProblem("how biotech teams hire data scientists")).toBeNull();
    expect(learnPhraseProblem("")).toBeNull();
    expect(learnPhraseProblem("   ")).toBeNull();
  });

  it("flags a list, a question, a capital mid-sentence or closing punctuation, saying what to write", () => {
    expect(learnPhraseProblem("what the day looks like; whether my PhD skills transfer")).toMatch(
      /several sentences or a list/,
    );
    expect(learnPhraseProblem("is it a good place? maybe")).toMatch(/question/);
    expect(learnPhraseProblem("How teams hire")).toMatch(/"how teams hire"/);
    expect(learnPhraseProblem("how teams hire.")).toMatch(/leave the punctuation out/);
  });

  it("is the rule the goal's input applies, naming the field, and trims what it keeps", () => {
    const bad = GoalUpdateInput.safeParse({ learnPhrase: "How teams hire; what the day is like" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["learnPhrase"]);
    const good = GoalCreateInput.parse({
      title: "Biotech",
      kind: "industry",
      learnPhrase: "  how labs hire ",
    });
    expect(good.learnPhrase).toBe("how labs hire");
    expect(GoalUpdateInput.parse({ learnPhrase: "" }).learnPhrase).toBe("");
  });
});
