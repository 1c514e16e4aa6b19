// What people send to create, change, decide and compare goals.
import { z } from "@hono/zod-openapi";
import { GOAL_CRITERIA, GOAL_DECISIONS, GOAL_KINDS } from "../core/goal.js";

const kind = z.enum(GOAL_KINDS, {
  error: (issue) =>
    issue.input === undefined
      ? `kind is required: one of ${GOAL_KINDS.join(", ")}.`
      : `kind is one of ${GOAL_KINDS.join(", ")}.`,
});
const title = z
  .string({ error: (issue) => (issue.input === undefined ? "title is required." : "title must be text.") })
  .trim()
  .min(1, "title is required: say what you want to explore.")
  .max(200, "title is longer than 200 characters.");

const criterionScore = z
  .object({
    score: z
      .number({ error: "score is a number from 1 to 5." })
      .int("score is a whole number from 1 to 5.")
      .min(1, "score is from 1 to 5.")
      .max(5, "score is from 1 to 5.")
      .nullable()
      .optional(),
    note: z.string().max(2000, "note is longer than 2000 characters.").optional(),
  })
  .nullable();

const assessment = z.partialRecord(z.enum(GOAL_CRITERIA), criterionScore).openapi({
  description: `Scores (1-5) and notes per criterion (${GOAL_CRITERIA.join(", ")}); null clears one`,
  example: { culture: { score: 4, note: "Small teams, lots of autonomy" } },
});

export const GoalCreateInput = z
  .object({
    title,
    kind,
    description: z.string().max(5000, "description is longer than 5000 characters.").optional(),
    assessment: assessment.optional(),
  })
  .openapi("GoalCreate");
export type GoalCreateInput = z.infer<typeof GoalCreateInput>;

export const GoalUpdateInput = z
  .object({
    title: title.optional(),
    kind: kind.optional(),
    description: z.string().max(5000, "description is longer than 5000 characters.").optional(),
    decision: z
      .enum(GOAL_DECISIONS, { error: `decision is one of ${GOAL_DECISIONS.join(", ")}.` })
      .optional(),
    decisionReason: z.string().max(5000, "decisionReason is longer than 5000 characters.").optional(),
    assessment: assessment.optional(),
    archived: z.boolean({ error: "archived is true or false." }).optional(),
  })
  .openapi("GoalUpdate");
export type GoalUpdateInput = z.infer<typeof GoalUpdateInput>;

export const GoalListQuery = z.object({
  archived: z
    .enum(["false", "true", "all"], { error: "archived is false, true or all." })
    .optional()
    .openapi({ description: "false (default), true or all" }),
  kind: z.enum(GOAL_KINDS, { error: `kind is one of ${GOAL_KINDS.join(", ")}.` }).optional(),
});
export type GoalListQuery = z.infer<typeof GoalListQuery>;

/** A comma-separated list ("a,b"), or one already split (so parsed input can be parsed again). */
const commaList = (what: string) =>
  z.union([z.string(), z.array(z.string())], { error: `${what} is required.` }).transform((v) => [
    ...new Set(
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(","))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]);

export const GoalCompareQuery = z.object({
  ids: commaList("ids")
    .pipe(
      z
        .array(z.string().max(100))
        .min(2, "ids lists at least 2 goals to compare, comma-separated.")
        .max(6, "compare at most 6 goals at once."),
    )
    .openapi({ type: "string", description: "2 to 6 goal ids of the same kind, comma-separated" }),
  criteria: commaList("criteria")
    .pipe(z.array(z.enum(GOAL_CRITERIA, { error: `criteria are some of ${GOAL_CRITERIA.join(", ")}.` })))
    .optional()
    .openapi({ type: "string", description: `Which criteria, comma-separated (default: all)` }),
});
export type GoalCompareQuery = z.input<typeof GoalCompareQuery>;
