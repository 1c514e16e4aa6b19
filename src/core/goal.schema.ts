// A goal's shape, declared once: its type, the API's answer (and OpenAPI document), and what people
// may send to create, change, decide, list and compare goals (the API and the CLI).
import { z } from "zod";
import { type Assessment, GOAL_CRITERIA, GOAL_DECISIONS, GOAL_KINDS, learnPhraseProblem } from "./goal.js";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });

const assessment = z
  .record(z.string(), z.object({ score: z.number().int().nullable(), note: z.string() }))
  .meta({ description: `Per criterion (${GOAL_CRITERIA.join(", ")}): a score 1-5 and a note` });

/** Something I explore through conversations (a role, an industry, a company...), and what I decided. */
export const GoalSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    learnPhrase: z.string().meta({
      description:
        'What I want to learn as a phrase completing "I am exploring …" in messages; "" when not given',
      example: "how teams in biotech hire data scientists",
    }),
    kind: z.enum(GOAL_KINDS),
    decision: z.enum(GOAL_DECISIONS),
    decisionReason: z.string(),
    decidedAt: timestamp.nullable(),
    assessment,
    archived: z.boolean(),
    archivedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Goal" });
/** A goal; its assessment is keyed by the known criteria only. */
export type Goal = Omit<z.infer<typeof GoalSchema>, "assessment"> & { assessment: Assessment };

/** What a goal row holds, as the repository takes it. A goal never decided has a null decision. */
export type GoalValues = Pick<
  Goal,
  "title" | "description" | "learnPhrase" | "kind" | "decisionReason" | "decidedAt" | "assessment"
> & {
  decision: Goal["decision"] | null;
  /** Archived when set; the stored status follows it. */
  archivedAt: string | null;
};

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

/** The phrase the templates put in "I am exploring …": one phrase that reads there, or "" for none. */
const learnPhrase = z
  .string({ error: "learnPhrase must be text." })
  .trim()
  .max(200, "learnPhrase is longer than 200 characters.")
  .superRefine((value, ctx) => {
    const problem = learnPhraseProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({
    description: 'A phrase completing "I am exploring …", e.g. "how biotech teams hire"; "" clears it',
  });

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

const assessmentInput = z.partialRecord(z.enum(GOAL_CRITERIA), criterionScore).meta({
  description: `Scores (1-5) and notes per criterion (${GOAL_CRITERIA.join(", ")}); null clears one`,
  example: { culture: { score: 4, note: "Small teams, lots of autonomy" } },
});

export const GoalCreateInput = z
  .object({
    title,
    kind,
    description: z.string().max(5000, "description is longer than 5000 characters.").optional(),
    learnPhrase: learnPhrase.optional(),
    assessment: assessmentInput.optional(),
  })
  .meta({ id: "GoalCreate" });
export type GoalCreateInput = z.infer<typeof GoalCreateInput>;

export const GoalUpdateInput = z
  .object({
    title: title.optional(),
    kind: kind.optional(),
    description: z.string().max(5000, "description is longer than 5000 characters.").optional(),
    learnPhrase: learnPhrase.optional(),
    decision: z
      .enum(GOAL_DECISIONS, { error: `decision is one of ${GOAL_DECISIONS.join(", ")}.` })
      .optional(),
    decisionReason: z.string().max(5000, "decisionReason is longer than 5000 characters.").optional(),
    assessment: assessmentInput.optional(),
    archived: z.boolean({ error: "archived is true or false." }).optional(),
  })
  .meta({ id: "GoalUpdate" });
export type GoalUpdateInput = z.infer<typeof GoalUpdateInput>;

export const GoalListQuery = z.object({
  archived: z
    .enum(["false", "true", "all"], { error: "archived is false, true or all." })
    .optional()
    .meta({ description: "false (default), true or all" }),
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
    .meta({ type: "string", description: "2 to 6 goal ids of the same kind, comma-separated" }),
  criteria: commaList("criteria")
    .pipe(z.array(z.enum(GOAL_CRITERIA, { error: `criteria are some of ${GOAL_CRITERIA.join(", ")}.` })))
    .optional()
    .meta({ type: "string", description: `Which criteria, comma-separated (default: all)` }),
});
export type GoalCompareQuery = z.input<typeof GoalCompareQuery>;
