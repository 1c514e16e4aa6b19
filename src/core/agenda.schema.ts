// Today's agenda and the send-time advice, declared once: the types the core builds, what the API
// answers (and documents in OpenAPI), and the snooze people may send.
import { z } from "zod";
import { AGENDA_KINDS } from "./agenda.js";
import { boundedIsoTime } from "./bounded-time.js";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });

export const AgendaItemSchema = z
  .object({
    /** Stable key of the item, e.g. "thank-you:<conversation id>", used to snooze it. */
    key: z.string().meta({ description: "Stable key, for snoozing" }),
    kind: z.enum(AGENDA_KINDS),
    title: z.string(),
    detail: z.string(),
    dueAt: timestamp,
    overdue: z.boolean(),
    conversationId: z.uuid().nullable(),
    contactId: z.uuid().nullable(),
    contactName: z.string().nullable(),
    taskId: z.uuid().nullable(),
    step: z.string().nullable().meta({ description: "For follow-ups: check, nudge or let-go" }),
  })
  .meta({ id: "AgendaItem" });
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

const AgendaSectionSchema = z.object({
  id: z.enum(["overdue", "today", "upcoming"]),
  title: z.string(),
  items: z.array(AgendaItemSchema),
  more: z.number().int().meta({
    description: "Items of this section beyond those listed (see notShown for every kind's count)",
  }),
});
export type AgendaSection = z.infer<typeof AgendaSectionSchema>;

const SuggestionSchema = z.object({
  contactId: z.uuid(),
  contactName: z.string(),
  /** The planned conversation to ask about, when there is one. */
  conversationId: z.uuid().nullable(),
  reason: z.string(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const AgendaSchema = z
  .object({
    date: z.string().meta({ example: "2026-11-22" }),
    timeZone: z.string(),
    sections: z.array(AgendaSectionSchema),
    notShown: z.partialRecord(z.enum(AGENDA_KINDS), z.number().int()).meta({
      description:
        "How many more items of each kind are due than listed: beyond a section's page, or beyond the day's budget (stay-in-touch)",
    }),
    habit: z.object({
      perWeek: z.number().int(),
      thisWeek: z.number().int(),
      streakWeeks: z.number().int(),
      weekStart: z.string(),
    }),
    suggestion: SuggestionSchema.nullable(),
  })
  .meta({ id: "Agenda" });
export type Agenda = z.infer<typeof AgendaSchema>;

/** The sidebar's badge: things due by the end of today, and how many of them are overdue. */
export const DueCountSchema = z
  .object({ due: z.number().int(), overdue: z.number().int() })
  .meta({ id: "DueCount" });

export const SendTimeSchema = z
  .object({
    at: timestamp,
    reason: z
      .string()
      .meta({ example: "Send Tuesday 24 Nov at 08:00 their time (New York). Mid-week mornings…" }),
  })
  .meta({ id: "SendTime" });
export type SendTime = z.infer<typeof SendTimeSchema>;

/** Hides an agenda item until a moment (by default tomorrow morning). */
export const SnoozeInput = z
  .object({
    key: z.string({ error: "key is required." }).min(1, "key is required.").max(200),
    until: boundedIsoTime({ offset: true, error: "until must be an ISO-8601 time." }).optional(),
  })
  .meta({ id: "Snooze" });
export type SnoozeInput = z.infer<typeof SnoozeInput>;
