// Goals (explorations): what I want to learn, the decision it leads to, and how goals of the same
// kind compare side by side.

export const GOAL_KINDS = ["role", "industry", "company", "programme", "person", "network"] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const GOAL_KIND_LABELS: Record<GoalKind, string> = {
  role: "A role",
  industry: "An industry or field",
  company: "A company or group",
  programme: "A programme",
  person: "A person's path",
  network: "New contacts in an area",
};

export const GOAL_DECISIONS = ["pursue", "eliminate", "undecided"] as const;
export type GoalDecision = (typeof GOAL_DECISIONS)[number];

export const DECISION_LABELS: Record<GoalDecision, string> = {
  pursue: "Pursue",
  eliminate: "Eliminate",
  undecided: "Undecided",
};

/** What goals of the same kind are compared on. */
export const GOAL_CRITERIA = ["day-to-day", "skills-gap", "culture", "outlook", "fit"] as const;
export type GoalCriterion = (typeof GOAL_CRITERIA)[number];

export const CRITERION_LABELS: Record<GoalCriterion, string> = {
  "day-to-day": "Day to day",
  "skills-gap": "Skills gap",
  culture: "Culture",
  outlook: "Outlook",
  fit: "Fit",
};

/** A score from 1 (poor) to 5 (great), and a note. */
export interface CriterionScore {
  score: number | null;
  note: string;
}

export type Assessment = Partial<Record<GoalCriterion, CriterionScore>>;

import { fillInProblem } from "./fill-in.js";
import type { Goal } from "./goal.schema.js";

export type { Goal };

/**
 * The sentence a goal's phrase lands in, as the default request templates write it: most say
 * "I am exploring {{learnGoal}}, and …". The goal form shows it filled in as the phrase is typed.
 */
export const LEARN_SENTENCE = {
  before: "I am exploring",
  after: ", and your view would help.",
} as const;

/** The sentence a phrase will land in, e.g. "I am exploring how labs hire, and your view…". */
export function learnSentence(phrase: string): string {
  return `${LEARN_SENTENCE.before} ${phrase.trim() || "…"}${LEARN_SENTENCE.after}`;
}

/**
 * What is wrong with a goal's phrase for "I am exploring …", or null when it reads there or is left
 * empty (a goal without a phrase lends its description or title instead). One rule for the API, the
 * CLI and the goal form.
 */
export function learnPhraseProblem(phrase: string, label = "The phrase"): string | null {
  if (phrase.trim() === "") return null;
  return fillInProblem(label, phrase);
}

/** Whether a decision needs a reason: every decision except "undecided". */
export function decisionNeedsReason(decision: GoalDecision): boolean {
  return decision !== "undecided";
}

function isCriterion(key: string): key is GoalCriterion {
  return (GOAL_CRITERIA as readonly string[]).includes(key);
}

/** Reads a stored assessment, keeping only known criteria with a 1–5 score or a note. */
export function readAssessment(stored: unknown): Assessment {
  const result: Assessment = {};
  if (!stored || typeof stored !== "object") return result;
  for (const [key, value] of Object.entries(stored)) {
    if (!isCriterion(key) || !value || typeof value !== "object") continue;
    const { score, note } = value as { score?: unknown; note?: unknown };
    const validScore = typeof score === "number" && Number.isInteger(score) && score >= 1 && score <= 5;
    const text = typeof note === "string" ? note : "";
    if (validScore || text !== "") result[key] = { score: validScore ? score : null, note: text };
  }
  return result;
}

/**
 * Applies a change to an assessment: each criterion given replaces the old one, null clears it,
 * criteria not mentioned stay as they were.
 */
export function mergeAssessment(
  current: Assessment,
  change: Partial<Record<GoalCriterion, { score?: number | null; note?: string } | null>>,
): Assessment {
  const next: Assessment = { ...current };
  for (const criterion of GOAL_CRITERIA) {
    if (!(criterion in change)) continue;
    const value = change[criterion];
    if (value === null || value === undefined) {
      delete next[criterion];
      continue;
    }
    const score = value.score === undefined ? (current[criterion]?.score ?? null) : value.score;
    const note = value.note === undefined ? (current[criterion]?.note ?? "") : value.note.trim();
    if (score === null && note === "") delete next[criterion];
    else next[criterion] = { score, note };
  }
  return next;
}

/** The average of the fit ratings given (1–5), to one decimal; null when none was given. */
export function averageFit(ratings: readonly (number | null)[]): number | null {
  const given = ratings.filter((r): r is number => typeof r === "number");
  if (given.length === 0) return null;
  return Math.round((given.reduce((sum, r) => sum + r, 0) / given.length) * 10) / 10;
}

export interface GoalComparisonInput {
  goal: Goal;
  conversationCount: number;
  fitRatings: readonly (number | null)[];
}

export interface GoalComparison {
  kind: GoalKind;
  kindLabel: string;
  criteria: { key: GoalCriterion; label: string }[];
  goals: {
    id: string;
    title: string;
    decision: GoalDecision;
    decisionReason: string;
    decidedAt: string | null;
    conversationCount: number;
    averageFit: number | null;
    scores: { criterion: GoalCriterion; score: number | null; note: string }[];
  }[];
}

/** Goals side by side on the chosen criteria (all of them by default), in the order given. */
export function compareGoals(
  items: readonly GoalComparisonInput[],
  criteria: readonly GoalCriterion[] = GOAL_CRITERIA,
): GoalComparison {
  const first = items[0];
  if (!first) throw new Error("compareGoals needs at least one goal");
  const chosen = GOAL_CRITERIA.filter((c) => criteria.includes(c));
  return {
    kind: first.goal.kind,
    kindLabel: GOAL_KIND_LABELS[first.goal.kind],
    criteria: chosen.map((key) => ({ key, label: CRITERION_LABELS[key] })),
    goals: items.map(({ goal, conversationCount, fitRatings }) => ({
      id: goal.id,
      title: goal.title,
      decision: goal.decision,
      decisionReason: goal.decisionReason,
      decidedAt: goal.decidedAt,
      conversationCount,
      averageFit: averageFit(fitRatings),
      scores: chosen.map((criterion) => ({
        criterion,
        score: goal.assessment[criterion]?.score ?? null,
        note: goal.assessment[criterion]?.note ?? "",
      })),
    })),
  };
}
