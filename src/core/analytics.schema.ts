// What works for me, declared once: the figures GET /api/analytics answers (and documents).
import { z } from "zod";
import { GOAL_DECISIONS } from "./goal.js";

const count = z.number().int().min(0);
const rate = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .meta({ description: "A fraction from 0 to 1; null when there is nothing to divide by" });
const tooFew = z.boolean().meta({ description: "True when the sample is too small to mean anything" });
const note = z
  .string()
  .nullable()
  .meta({ description: "Why the figure should not be trusted yet (too few to tell); null when it can be" });

export const FUNNEL_STEPS = ["asked", "replied", "met", "thanked", "in-touch"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const FunnelStepSchema = z
  .object({
    step: z.enum(FUNNEL_STEPS),
    label: z.string(),
    count,
    rate: rate.meta({ description: "Of the step before (asked: null)" }),
    ofAsked: rate.meta({ description: "Of all conversations asked for" }),
    tooFew,
    note,
  })
  .meta({ id: "FunnelStep" });

/** Requests sent in one group (a weekday, an hour, a template…) and how many got a reply. */
const replyFields = {
  sent: count,
  replied: count,
  rate: rate.meta({ description: "Replies per request sent" }),
  tooFew,
  note,
};

export const ReplyRateSchema = z
  .object({
    key: z.string().nullable().meta({
      description:
        "What the group is: the ISO weekday 1-7, the hour 0-23, a template's id, a channel, a source; null for none",
    }),
    label: z.string(),
    ...replyFields,
  })
  .meta({ id: "ReplyRate" });
export type ReplyRate = z.infer<typeof ReplyRateSchema>;

export const RepliesSchema = z
  .object({
    ...replyFields,
    medianDaysToReply: z
      .number()
      .nullable()
      .meta({ description: "Half the replies came sooner; null before any" }),
    byWeekday: z.array(ReplyRateSchema).meta({ description: "Monday to Sunday, in the reader's time zone" }),
    byHour: z.array(ReplyRateSchema).meta({ description: "0 to 23 o'clock, in the reader's time zone" }),
    byTemplate: z.array(ReplyRateSchema),
    byChannel: z.array(ReplyRateSchema),
    bySource: z.array(ReplyRateSchema),
    zoneNote: z.string().meta({ description: "Whose clock the weekdays and hours are read on" }),
  })
  .meta({ id: "Replies" });

export const HabitWeeksSchema = z
  .object({
    perWeek: count.meta({ description: "The weekly habit: conversations a week" }),
    thisWeek: count,
    streakWeeks: count,
    averagePerWeek: z.number().min(0).meta({ description: "Over the weeks listed" }),
    weeks: z.array(
      z.object({
        weekStart: z.string().meta({ description: "The Monday, a date in my time zone" }),
        held: count,
        metHabit: z.boolean(),
      }),
    ),
  })
  .meta({ id: "HabitWeeks" });

export const SourceOutcomeSchema = z
  .object({
    source: z.string().nullable(),
    label: z.string(),
    people: count,
    peopleMet: count.meta({ description: "Of them, people I held a conversation with" }),
    conversations: count.meta({ description: "Conversations held with them" }),
  })
  .meta({ id: "SourceOutcome" });

export const IntroducerOutcomeSchema = z
  .object({
    contactId: z.uuid(),
    name: z.string(),
    introduced: count,
    peopleMet: count,
    conversations: count,
  })
  .meta({ id: "IntroducerOutcome" });

export const GiveBackEntrySchema = z
  .object({
    contactId: z.uuid(),
    contactName: z.string(),
    received: count.meta({ description: "Things I noted receiving from them" }),
    held: count.meta({ description: "Conversations held with them" }),
    lastGivenAt: z.string().nullable(),
    reason: z.string(),
  })
  .meta({ id: "GiveBackEntry" });

export const GOAL_OUTCOMES = [...GOAL_DECISIONS, "open"] as const;

export const GoalOutcomeSchema = z
  .object({
    decision: z.enum(GOAL_OUTCOMES).meta({ description: "open: no decision recorded yet" }),
    label: z.string(),
    count,
    goals: z.array(z.object({ id: z.uuid(), title: z.string() })),
  })
  .meta({ id: "GoalOutcome" });

export const AnalyticsSchema = z
  .object({
    generatedAt: z.string().meta({ format: "date-time" }),
    timeZone: z.string().meta({ description: "My time zone, used for people without one and for weeks" }),
    minimumSample: count.meta({ description: "Below this many, a rate is marked too few to tell" }),
    funnel: z.array(FunnelStepSchema),
    replies: RepliesSchema,
    habit: HabitWeeksSchema,
    sources: z.array(SourceOutcomeSchema),
    introducers: z.array(IntroducerOutcomeSchema),
    giveBack: z.array(GiveBackEntrySchema).meta({ description: "People I have only taken from, lately" }),
    goals: z.array(GoalOutcomeSchema),
  })
  .meta({ id: "Analytics" });
export type Analytics = z.infer<typeof AnalyticsSchema>;
