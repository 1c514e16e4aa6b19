// A conversation's shape, declared once: its type, the API's answer (and OpenAPI document), and
// what people may send to plan, change, move and list conversations (the API and the CLI).
import { z } from "zod";
import { boundedIsoTime } from "./bounded-time.js";
import { CONVERSATION_KINDS, FORMATS } from "./conversation.js";
import { STAGES } from "./stages.js";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });
const stage = z.enum(STAGES);

/** One informational interview, from idea to staying in touch. */
export const ConversationSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    contactName: z.string(),
    organization: z.string().nullable(),
    kind: z.enum(CONVERSATION_KINDS),
    stage,
    stageChangedAt: timestamp,
    allowedMoves: z.array(stage).meta({ description: "Stages it may move to next" }),
    format: z.enum(FORMATS).nullable(),
    scheduledAt: timestamp.nullable(),
    durationMinutes: z.number().int().nullable(),
    place: z.string().nullable(),
    goalIds: z.array(z.uuid()),
    prep: z.string(),
    notes: z.string(),
    insights: z.string(),
    thankYouSentAt: timestamp.nullable(),
    thankYouPoint: z.string().nullable().meta({
      description:
        "The specific thing learned that the thank-you names (its {{specificPoint}}), picked when wrapping up",
    }),
    archived: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Conversation" });
export type Conversation = z.infer<typeof ConversationSchema>;

/** One move in a conversation's stage history. */
export const StageEventSchema = z
  .object({ from: stage.nullable(), to: stage, at: timestamp, note: z.string() })
  .meta({ id: "StageEvent" });
export type StageEvent = z.infer<typeof StageEventSchema>;

/** What a conversation row holds, as the repository takes it (its contact's name and goals are read). */
export type ConversationValues = Omit<
  Conversation,
  "id" | "contactName" | "organization" | "allowedMoves" | "goalIds" | "archived" | "createdAt" | "updatedAt"
> & { archivedAt: string | null };

const isoTime = (what: string) =>
  boundedIsoTime({ offset: true, error: `${what} must be an ISO-8601 time, e.g. 2026-11-24T15:00:00Z.` });

const conversationInputFields = {
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
  thankYouPoint: z
    .string()
    .trim()
    .max(1000, "thankYouPoint is longer than 1000 characters.")
    .nullable()
    .optional(),
} satisfies Partial<Record<keyof Conversation, z.ZodType>>;

export const ConversationCreateInput = z
  .object({
    contactId: z.uuid({
      error: (issue) =>
        issue.input === undefined ? "contactId is required." : "contactId must be a contact id.",
    }),
    stage: z.enum(STAGES, { error: `stage is one of ${STAGES.join(", ")}.` }).optional(),
    ...conversationInputFields,
  })
  .meta({ id: "ConversationCreate" });
export type ConversationCreateInput = z.infer<typeof ConversationCreateInput>;

export const ConversationUpdateInput = z.object(conversationInputFields).meta({ id: "ConversationUpdate" });
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
  .meta({ id: "StageMove" });
export type StageMoveInput = z.infer<typeof StageMoveInput>;

const stageList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((s) => s.split(",")).filter(Boolean))
  .pipe(z.array(z.enum(STAGES, { error: `stage is one of ${STAGES.join(", ")}.` })));

export const ConversationListQuery = z.object({
  stage: stageList.optional().meta({ type: "string", description: "One or more stages, comma-separated" }),
  contactId: z.uuid("contactId must be a contact id.").optional(),
  limit: z.coerce.number().int().min(1, "limit is at least 1.").max(500, "limit is at most 500.").optional(),
  cursor: z.string().max(500).optional(),
});
export type ConversationListQuery = z.input<typeof ConversationListQuery>;
