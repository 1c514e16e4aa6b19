// The HTTP shapes of a conversation's preparation: its prep sheet and its list of questions.
import { z } from "@hono/zod-openapi";
import { QUESTION_AREAS } from "../core/question-areas.js";

const timestamp = z.string().openapi({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });
const area = z.enum(QUESTION_AREAS);

export const PrepSheetSchema = z
  .object({
    title: z.string().openapi({ example: "Prep: coffee with Grace Hopper (Acme)" }),
    who: z.object({
      name: z.string(),
      role: z.string().nullable(),
      organization: z.string().nullable(),
      howConnected: z.string().nullable(),
      links: z.array(z.string()),
      needs: z.string().nullable(),
      notes: z.string().nullable(),
      earlier: z.array(z.string()).openapi({ description: "Earlier touches, newest first, at most 5" }),
    }),
    why: z.object({
      goals: z.array(z.object({ title: z.string(), description: z.string() })),
      learn: z.string().nullable(),
    }),
    intro: z.string(),
    questions: z.array(z.object({ area, areaLabel: z.string(), text: z.string() })),
    logistics: z.array(z.string()),
  })
  .openapi("PrepSheet");

export const ConversationQuestionsSchema = z
  .object({
    saved: z.boolean().openapi({ description: "False: nothing saved yet, the items are proposed" }),
    items: z.array(
      z.object({
        id: z.string().nullable(),
        questionId: z.string().nullable(),
        area,
        areaLabel: z.string(),
        text: z.string(),
        askedAt: timestamp.nullable(),
        note: z.string(),
      }),
    ),
  })
  .openapi("ConversationQuestions");
