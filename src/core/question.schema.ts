// A question of the bank, declared once: how the API and the CLI show it (and OpenAPI documents
// it), and what people may send to add, change, reorder and list questions.
import { z } from "zod";
import { CONVERSATION_KINDS } from "./conversation.js";
import { QUESTION_AREAS, TIARA_STEPS } from "./question-areas.js";

/** A question as the API and CLI show it. */
export const QuestionSchema = z
  .object({
    id: z.string(),
    area: z.enum(QUESTION_AREAS),
    areaLabel: z.string().meta({ example: "A typical day" }),
    text: z.string(),
    kinds: z
      .array(z.enum(CONVERSATION_KINDS))
      .meta({ description: "The kinds of conversation it suits; empty means all" }),
    tiara: z.enum(TIARA_STEPS).nullable(),
    position: z.number().int().meta({ description: "Order weight, lower first" }),
    hidden: z.boolean(),
    builtin: z.boolean().meta({ description: "One of ours: it can be hidden but not deleted" }),
  })
  .meta({ id: "Question" });
export type QuestionView = z.infer<typeof QuestionSchema>;

/** Deleting a question of mine deletes it; a built-in one is hidden instead (and says so). */
export const QuestionRemovalSchema = z
  .object({
    deleted: z.boolean().meta({ description: "False for a built-in question, which is hidden instead" }),
    question: QuestionSchema.nullable(),
    message: z.string(),
  })
  .meta({ id: "QuestionRemoval" });
export type QuestionRemoval = z.infer<typeof QuestionRemovalSchema>;

const area = z.enum(QUESTION_AREAS, {
  error: (issue) =>
    issue.input === undefined ? "area is required." : `area is one of ${QUESTION_AREAS.join(", ")}.`,
});
const text = z
  .string({ error: (issue) => (issue.input === undefined ? "text is required." : "text must be text.") })
  .trim()
  .min(1, "text is required: write the question.")
  .max(500, "text is longer than 500 characters.");
const kinds = z
  .array(z.enum(CONVERSATION_KINDS, { error: `kinds are some of ${CONVERSATION_KINDS.join(", ")}.` }))
  .max(CONVERSATION_KINDS.length)
  .meta({ description: "The kinds of conversation it suits; empty means all" });
const tiara = z
  .enum(TIARA_STEPS, { error: `tiara is one of ${TIARA_STEPS.join(", ")}, or null.` })
  .nullable()
  .meta({ description: "Its step in the TIARA order (trends, insights, advice, resources, assignments)" });

export const QuestionCreateInput = z
  .object({ area, text, kinds: kinds.optional(), tiara: tiara.optional() })
  .meta({ id: "QuestionCreate" });
export type QuestionCreateInput = z.infer<typeof QuestionCreateInput>;

export const QuestionUpdateInput = z
  .object({
    area: area.optional(),
    text: text.optional(),
    kinds: kinds.optional(),
    tiara: tiara.optional(),
    hidden: z.boolean({ error: "hidden is true or false." }).optional(),
    position: z
      .number({ error: "position is a number." })
      .int("position is a whole number.")
      .min(0, "position is 0 or more.")
      .max(1_000_000)
      .optional(),
  })
  .meta({ id: "QuestionUpdate" });
export type QuestionUpdateInput = z.infer<typeof QuestionUpdateInput>;

export const QuestionReorderInput = z
  .object({
    ids: z
      .array(z.string().min(1).max(100), { error: "ids is a list of question ids." })
      .min(1, "ids lists the questions in their new order.")
      .max(1000)
      .refine((ids) => new Set(ids).size === ids.length, "ids lists each question once."),
  })
  .meta({ id: "QuestionReorder" });
export type QuestionReorderInput = z.infer<typeof QuestionReorderInput>;

export const QuestionListQuery = z.object({
  includeHidden: z
    .enum(["true", "false"], { error: "includeHidden is true or false." })
    .optional()
    .meta({ description: "true to list hidden questions too" }),
  area: z.enum(QUESTION_AREAS, { error: `area is one of ${QUESTION_AREAS.join(", ")}.` }).optional(),
});
export type QuestionListQuery = z.infer<typeof QuestionListQuery>;
