import { z } from "@hono/zod-openapi";
import { CONVERSATION_KINDS, FORMATS } from "../core/conversation.js";
import { STAGES } from "../core/stages.js";
import { boundedIsoTime } from "./bounded-time.js";

const isoTime = (what: string) =>
  boundedIsoTime({ offset: true, error: `${what} must be an ISO-8601 time, e.g. 2026-11-24T15:00:00Z.` });

const conversationFields = {
  kind: z.enum(CONVERSATION_KINDS, { error: `kind is one of ${CONVERSATION_KINDS.join(", ")}.` }).optional(),
  format: z
    .enum(FORMATS, { error: `format is one of ${FORMATS.join(", ")}.` })
    .nullable()
    .optional(),
  scheduledAt: isoTime("scheduledAt").nullable().optional(),
  durationMinutes: z
    .number({ error: "durationMinutes is a number of minutes." })
    .int("durationMinutes is a whole number.")
    .min(5, "A conversation lasts at least 5 minutes.")
    .max(480, "A conversation lasts at most 8 hours (480 minutes).")
    .nullable()
    .optional(),
  place: z.string().trim().max(500, "place is longer than 500 characters.").nullable().optional(),
  goalIds: z.array(z.uuid("goalIds holds goal ids.")).max(20).optional(),
  prep: z.string().max(100_000).optional(),
  notes: z.string().max(100_000).optional(),
  insights: z.string().max(100_000).optional(),
};

export const ConversationCreateInput = z
  .object({
    contactId: z.uuid({
      error: (issue) =>
        issue.input === undefined ? "contactId is required." : "contactId must be a contact id.",
    }),
    stage: z.enum(STAGES, { error: `stage is one of ${STAGES.join(", ")}.` }).optional(),
    ...conversationFields,
  })
  .openapi("ConversationCreate");
export type ConversationCreateInput = z.infer<typeof ConversationCreateInput>;

export const ConversationUpdateInput = z.object(conversationFields).openapi("ConversationUpdate");
export type ConversationUpdateInput = z.infer<typeof ConversationUpdateInput>;

export const StageMoveInput = z
  .object({
    stage: z.enum(STAGES, {
      error: (issue) =>
        issue.input === undefined ? "stage is required." : `stage is one of ${STAGES.join(", ")}.`,
    }),
    note: z.string().max(2000).optional(),
    scheduledAt: isoTime("scheduledAt").optional(),
  })
  .openapi("StageMove");
export type StageMoveInput = z.infer<typeof StageMoveInput>;

const stageList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((s) => s.split(",")).filter(Boolean))
  .pipe(z.array(z.enum(STAGES, { error: `stage is one of ${STAGES.join(", ")}.` })));

export const ConversationListQuery = z.object({
  stage: stageList.optional().openapi({ type: "string", description: "One or more stages, comma-separated" }),
  contactId: z.uuid("contactId must be a contact id.").optional(),
  limit: z.coerce.number().int().min(1, "limit is at least 1.").max(500, "limit is at most 500.").optional(),
  cursor: z.string().max(500).optional(),
});
export type ConversationListQuery = z.input<typeof ConversationListQuery>;
