// What people send to add, change and reorder questions in their bank.
import { z } from "@hono/zod-openapi";
import { CONVERSATION_KINDS } from "../core/conversation.js";
import { QUESTION_AREAS, TIARA_STEPS } from "../core/question-areas.js";

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
  .openapi({ description: "The kinds of conversation it suits; empty means all" });
const tiara = z
  .enum(TIARA_STEPS, { error: `tiara is one of ${TIARA_STEPS.join(", ")}, or null.` })
  .nullable()
  .openapi({ description: "Its step in the TIARA order (trends, insights, advice, resources, assignments)" });

export const QuestionCreateInput = z
  .object({ area, text, kinds: kinds.optional(), tiara: tiara.optional() })
  .openapi("QuestionCreate");
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
  .openapi("QuestionUpdate");
export type QuestionUpdateInput = z.infer<typeof QuestionUpdateInput>;

export const QuestionReorderInput = z
  .object({
    ids: z
      .array(z.string().min(1).max(100), { error: "ids is a list of question ids." })
      .min(1, "ids lists the questions in their new order.")
      .max(1000)
      .refine((ids) => new Set(ids).size === ids.length, "ids lists each question once."),
  })
  .openapi("QuestionReorder");
export type QuestionReorderInput = z.infer<typeof QuestionReorderInput>;

export const QuestionListQuery = z.object({
  includeHidden: z
    .enum(["true", "false"], { error: "includeHidden is true or false." })
    .optional()
    .openapi({ description: "true to list hidden questions too" }),
  area: z.enum(QUESTION_AREAS, { error: `area is one of ${QUESTION_AREAS.join(", ")}.` }).optional(),
});
export type QuestionListQuery = z.infer<typeof QuestionListQuery>;
