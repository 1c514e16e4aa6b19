// Response shapes of the practice engine: messages, the agenda, settings. Conversations are in
// conversations.schemas.ts; the task is declared once, in core.
import { z } from "@hono/zod-openapi";
import { AGENDA_KINDS } from "../core/agenda.js";
import {
  CHANNELS,
  DIRECTIONS,
  INTERACTION_DIRECTIONS,
  INTERACTION_KINDS,
  MESSAGE_STATUSES,
  PURPOSES,
} from "../core/message.js";

export { TaskSchema } from "../core/task.schema.js";

const timestamp = z.string().openapi({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });

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
    to: z.string().nullable().openapi({ description: "Where the outbox sends it" }),
    templateId: z.uuid().nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable().openapi({ description: "Why the last sending attempt failed" }),
    nextAttemptAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi("Message");

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
  .openapi("Interaction");

export const AgendaItemSchema = z
  .object({
    key: z.string().openapi({ description: "Stable key, for snoozing" }),
    kind: z.enum(AGENDA_KINDS),
    title: z.string(),
    detail: z.string(),
    dueAt: timestamp,
    overdue: z.boolean(),
    conversationId: z.uuid().nullable(),
    contactId: z.uuid().nullable(),
    contactName: z.string().nullable(),
    taskId: z.uuid().nullable(),
    step: z.string().nullable().openapi({ description: "For follow-ups: check, nudge or let-go" }),
  })
  .openapi("AgendaItem");

export const AgendaSchema = z
  .object({
    date: z.string().openapi({ example: "2026-11-22" }),
    timeZone: z.string(),
    sections: z.array(
      z.object({
        id: z.enum(["overdue", "today", "upcoming"]),
        title: z.string(),
        items: z.array(AgendaItemSchema),
      }),
    ),
    habit: z.object({
      perWeek: z.number().int(),
      thisWeek: z.number().int(),
      streakWeeks: z.number().int(),
      weekStart: z.string(),
    }),
    suggestion: z
      .object({
        contactId: z.uuid(),
        contactName: z.string(),
        conversationId: z.uuid().nullable(),
        reason: z.string(),
      })
      .nullable(),
  })
  .openapi("Agenda");

export const SendTimeSchema = z
  .object({
    at: timestamp,
    reason: z
      .string()
      .openapi({ example: "Send Tuesday 24 Nov at 08:00 their time (New York). Mid-week mornings…" }),
  })
  .openapi("SendTime");

export const SettingsSchema = z
  .object({
    name: z.string(),
    timeZone: z.string(),
    intro: z.string(),
    holidays: z.array(z.string()),
    sendWindows: z.array(z.object({ days: z.array(z.number().int()), from: z.string(), to: z.string() })),
    habitPerWeek: z.number().int(),
    followUp: z.object({
      checkAfterDays: z.number().int(),
      nudgeAfterDays: z.number().int(),
      maxNudges: z.number().int(),
    }),
  })
  .openapi("Settings");
