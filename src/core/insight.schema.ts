// An insight, declared once: what I learned, as the API answers it, and what may be sent.
import { z } from "zod";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });

/** What I learned, tied to a conversation, a goal and a person. */
export const InsightSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    conversationId: z.uuid().nullable(),
    goalId: z.uuid().nullable(),
    goalTitle: z.string().nullable(),
    contactId: z.uuid().nullable(),
    contactName: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "Insight" });
export type Insight = z.infer<typeof InsightSchema>;

export const InsightInput = z
  .object({
    text: z
      .string({ error: (i) => (i.input === undefined ? "text is required." : "text must be text.") })
      .trim()
      .min(1, "text is required: what did you learn?")
      .max(5000, "text is longer than 5000 characters."),
    goalId: z.string().max(100).nullable().optional().meta({ description: "The goal it informs" }),
  })
  .meta({ id: "InsightCreate" });
export type InsightInput = z.infer<typeof InsightInput>;

export const InsightListQuery = z.object({
  goalId: z.string().max(100).optional(),
  conversationId: z.string().max(100).optional(),
  contactId: z.string().max(100).optional(),
});
export type InsightListQuery = z.infer<typeof InsightListQuery>;
