// A message's and an interaction's shapes, declared once: the types every face uses, what the API
// answers (and documents in OpenAPI), and what people may send to log, send or change one.
import { z } from "zod";
import { boundedIsoTime } from "./bounded-time.js";
import {
  CHANNELS,
  DIRECTIONS,
  INTERACTION_DIRECTIONS,
  INTERACTION_KINDS,
  MESSAGE_STATUSES,
  PURPOSES,
} from "./message.js";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });

/** A message logged or written in the app, or sent by the outbox. */
export const MessageSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    conversationId: z.uuid().nullable(),
    channel: z.enum(CHANNELS),
    purpose: z.enum(PURPOSES),
    direction: z.enum(DIRECTIONS),
    subject: z.string(),
    body: z.string(),
    status: z.enum(MESSAGE_STATUSES),
    scheduledAt: timestamp.nullable(),
    sentAt: timestamp.nullable(),
    repliedAt: timestamp.nullable(),
    /** The address the outbox sends to; null for messages logged by hand. */
    to: z.string().nullable().meta({ description: "Where the outbox sends it" }),
    templateId: z.uuid().nullable(),
    /** Sending attempts so far, and why the last one failed. */
    attempts: z.number().int(),
    lastError: z.string().nullable().meta({ description: "Why the last sending attempt failed" }),
    /** When the outbox tries next (scheduled messages; later after a failed try). */
    nextAttemptAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Message" });
export type Message = z.infer<typeof MessageSchema>;

/** Any dated touch with a person. */
export const InteractionSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    conversationId: z.uuid().nullable(),
    messageId: z.uuid().nullable(),
    kind: z.enum(INTERACTION_KINDS),
    direction: z.enum(INTERACTION_DIRECTIONS),
    occurredAt: timestamp,
    summary: z.string(),
    createdAt: timestamp,
  })
  .meta({ id: "Interaction" });
export type Interaction = z.infer<typeof InteractionSchema>;

const isoTime = (what: string) =>
  boundedIsoTime({ offset: true, error: `${what} must be an ISO-8601 time.` });

const contactId = z.uuid({
  error: (issue) =>
    issue.input === undefined ? "contactId is required." : "contactId must be a contact id.",
});

export const MessageCreateInput = z
  .object({
    contactId,
    conversationId: z.uuid("conversationId must be a conversation id.").nullable().optional(),
    channel: z.enum(CHANNELS, { error: `channel is one of ${CHANNELS.join(", ")}.` }).optional(),
    purpose: z
      .enum(PURPOSES, { error: `purpose is one of ${PURPOSES.join(", ")}.` })
      .optional()
      .describe(
        "When left out: request for a message sent by e-mail (send), or one going out on a conversation still at to-ask (it moves to asked and the follow-up routine starts); otherwise other",
      ),
    direction: z.enum(DIRECTIONS, { error: "direction is outbound or inbound." }).optional(),
    subject: z.string().max(500, "subject is longer than 500 characters.").optional(),
    body: z.string().max(50_000, "body is longer than 50,000 characters.").optional(),
    status: z.enum(["draft", "sent"], { error: "status is draft or sent." }).optional(),
    sentAt: isoTime("sentAt").optional(),
    repliedAt: isoTime("repliedAt").nullable().optional(),
    send: z
      .enum(["now", "at"], { error: "send is now or at." })
      .optional()
      .describe('Send by e-mail through the mail server: "now", or "at" the time in sendAt'),
    sendAt: isoTime("sendAt").optional(),
    to: z
      .email("to must be an e-mail address.")
      .optional()
      .describe("Defaults to the contact's first e-mail"),
    templateId: z.uuid("templateId must be a template id.").optional(),
  })
  .meta({ id: "MessageCreate" });
export type MessageCreateInput = z.infer<typeof MessageCreateInput>;

export const MessageUpdateInput = z
  .object({
    subject: z.string().max(500).optional(),
    body: z.string().max(50_000).optional(),
    status: z.enum(["draft", "sent"], { error: "status is draft or sent." }).optional(),
    sentAt: isoTime("sentAt").optional(),
    repliedAt: isoTime("repliedAt").nullable().optional(),
    outcome: z
      .enum(["replied", "declined"], { error: "outcome is replied or declined." })
      .optional()
      .describe("With repliedAt: declined moves the conversation to declined"),
    sendAt: isoTime("sendAt")
      .optional()
      .describe("Reschedules a scheduled message, or tries a failed one again at this time"),
  })
  .meta({ id: "MessageUpdate" });
export type MessageUpdateInput = z.infer<typeof MessageUpdateInput>;

export const MessageListQuery = z.object({
  contactId: z.uuid("contactId must be a contact id.").optional(),
  conversationId: z.uuid("conversationId must be a conversation id.").optional(),
  status: z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()) : v),
      z
        .array(
          z.enum(MESSAGE_STATUSES, { error: `status is one or more of ${MESSAGE_STATUSES.join(", ")}.` }),
        )
        .optional(),
    )
    .meta({
      type: "string",
      description: "Comma-separated statuses, e.g. scheduled,sending,failed for the outbox",
    }),
  limit: z.coerce.number().int().min(1).max(500, "limit is at most 500.").optional(),
});
export type MessageListQuery = z.infer<typeof MessageListQuery>;

export const InteractionCreateInput = z
  .object({
    contactId,
    conversationId: z.uuid("conversationId must be a conversation id.").nullable().optional(),
    kind: z.enum(INTERACTION_KINDS, { error: `kind is one of ${INTERACTION_KINDS.join(", ")}.` }).optional(),
    direction: z
      .enum(INTERACTION_DIRECTIONS, { error: "direction is outbound, inbound or mutual." })
      .optional(),
    occurredAt: isoTime("occurredAt").optional(),
    summary: z.string().max(5000).optional(),
  })
  .meta({ id: "InteractionCreate" });
export type InteractionCreateInput = z.infer<typeof InteractionCreateInput>;

export const InteractionListQuery = z.object({
  contactId: z.uuid("contactId must be a contact id.").optional(),
  conversationId: z.uuid("conversationId must be a conversation id.").optional(),
  limit: z.coerce.number().int().min(1).max(500, "limit is at most 500.").optional(),
});
export type InteractionListQuery = z.infer<typeof InteractionListQuery>;
