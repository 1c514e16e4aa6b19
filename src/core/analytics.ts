// What works for me: the figures of my own record, computed from what the repository read (already
// counted where the database can count), with the time passed in.
import type { Analytics } from "./analytics.schema.js";
import { type ContactSource, SOURCE_LABELS } from "./contact-fields.js";
import { type ConversationTrace, funnel } from "./funnel.js";
import { type GiveBackCandidate, giveBackReason, takenFromOnly } from "./give-back.js";
import { DECISION_LABELS, GOAL_DECISIONS, type GoalDecision } from "./goal.js";
import { habitProgress, heldPerWeek } from "./habit.js";
import { CHANNELS, type Channel } from "./message.js";
import {
  byGroup,
  byWeekdayAndHour,
  MIN_SAMPLE,
  medianDaysToReply,
  replyRate,
  type SentAt,
  type SentGroup,
} from "./reply-rates.js";

/** Weeks the habit chart shows. */
export const HABIT_WEEKS = 12;
/** Introducers listed, at most. */
export const INTRODUCERS_SHOWN = 10;
/** Goals named under each decision, at most. */
export const GOALS_SHOWN = 20;

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: "E-mail",
  linkedin: "LinkedIn",
  phone: "Phone",
  other: "Other",
};

export interface AnalyticsInput {
  now: Date;
  userZone: string;
  habitPerWeek: number;
  traces: readonly { trace: ConversationTrace; count: number }[];
  requests: {
    sentAt: readonly SentAt[];
    byTemplate: readonly SentGroup[];
    byChannel: readonly SentGroup[];
    bySource: readonly SentGroup[];
    replyTimes: readonly { sentAt: string; repliedAt: string }[];
    /** Template names by id (hidden ones too). */
    templateNames: ReadonlyMap<string, string>;
  };
  /** When each conversation was held (moved to done). */
  heldAt: readonly string[];
  sources: readonly { source: string | null; people: number; peopleMet: number; conversations: number }[];
  introducers: readonly {
    contactId: string;
    name: string;
    introduced: number;
    peopleMet: number;
    conversations: number;
  }[];
  giveBack: readonly GiveBackCandidate[];
  goals: readonly { id: string; title: string; decision: string | null }[];
}

export function sourceLabel(source: string | null): string {
  if (source === null || source === "") return "Not recorded";
  return SOURCE_LABELS[source as ContactSource] ?? source;
}

function channelLabel(channel: string | null): string {
  return (CHANNELS as readonly string[]).includes(channel ?? "")
    ? CHANNEL_LABELS[channel as Channel]
    : (channel ?? "Not recorded");
}

function zoneNote(rows: readonly SentAt[], userZone: string): string {
  const without = rows.filter((r) => !r.zone).reduce((n, r) => n + r.sent, 0);
  const base = "Weekdays and hours are read on the clock of the person you wrote to";
  if (without === 0) return `${base}.`;
  return `${base}; for ${without} request${without === 1 ? "" : "s"} to people without a time zone, on yours (${userZone}).`;
}

function replies(input: AnalyticsInput["requests"], userZone: string): Analytics["replies"] {
  const sent = input.sentAt.reduce((n, r) => n + r.sent, 0);
  const replied = input.sentAt.reduce((n, r) => n + r.replied, 0);
  const total = replyRate(null, "All requests", sent, replied);
  return {
    sent,
    replied,
    rate: total.rate,
    tooFew: total.tooFew,
    note: total.note,
    medianDaysToReply: medianDaysToReply(input.replyTimes),
    ...byWeekdayAndHour(input.sentAt, userZone),
    byTemplate: byGroup(input.byTemplate, (id) =>
      id === null ? "Written without a template" : (input.templateNames.get(id) ?? "A deleted template"),
    ),
    byChannel: byGroup(input.byChannel, channelLabel),
    bySource: byGroup(input.bySource, sourceLabel),
    zoneNote: zoneNote(input.sentAt, userZone),
  };
}

function habit(input: AnalyticsInput): Analytics["habit"] {
  const heldAt = input.heldAt.map((at) => new Date(at));
  const zone = input.userZone;
  const progress = habitProgress({ heldAt, perWeek: input.habitPerWeek, now: input.now, zone });
  const weeks = heldPerWeek({ heldAt, weeks: HABIT_WEEKS, now: input.now, zone });
  const total = weeks.reduce((n, w) => n + w.held, 0);
  return {
    perWeek: progress.perWeek,
    thisWeek: progress.thisWeek,
    streakWeeks: progress.streakWeeks,
    averagePerWeek: Math.round((total / HABIT_WEEKS) * 10) / 10,
    weeks: weeks.map((w) => ({ ...w, metHabit: w.held >= input.habitPerWeek })),
  };
}

function goals(rows: AnalyticsInput["goals"]): Analytics["goals"] {
  const outcomes = [...GOAL_DECISIONS, "open"] as const;
  return outcomes.map((decision) => {
    const matching = rows.filter((g) =>
      decision === "open"
        ? !(GOAL_DECISIONS as readonly string[]).includes(g.decision ?? "")
        : g.decision === decision,
    );
    return {
      decision,
      label: decision === "open" ? "Not decided yet" : DECISION_LABELS[decision as GoalDecision],
      count: matching.length,
      goals: matching.slice(0, GOALS_SHOWN).map((g) => ({ id: g.id, title: g.title })),
    };
  });
}

/** Every figure of "what works for me", from the repository's reads. */
export function buildAnalytics(input: AnalyticsInput): Analytics {
  return {
    generatedAt: input.now.toISOString(),
    timeZone: input.userZone,
    minimumSample: MIN_SAMPLE,
    funnel: funnel(input.traces, MIN_SAMPLE),
    replies: replies(input.requests, input.userZone),
    habit: habit(input),
    sources: input.sources
      .map((s) => ({ ...s, label: sourceLabel(s.source) }))
      .sort(
        (a, b) => b.conversations - a.conversations || b.people - a.people || a.label.localeCompare(b.label),
      ),
    introducers: [...input.introducers]
      .sort(
        (a, b) =>
          b.conversations - a.conversations ||
          b.peopleMet - a.peopleMet ||
          b.introduced - a.introduced ||
          a.name.localeCompare(b.name),
      )
      .slice(0, INTRODUCERS_SHOWN),
    giveBack: takenFromOnly(input.giveBack, input.now).map((c) => ({ ...c, reason: giveBackReason(c) })),
    goals: goals(input.goals),
  };
}
