// Today's work, from the state of every conversation, contact and task: what is due, overdue first.
import { DateTime } from "luxon";
import type { Agenda, AgendaItem, AgendaSection, Suggestion } from "./agenda.schema.js";
import type { Calendar } from "./business-days.js";
import { DEFAULT_FOLLOW_UP, type FollowUpRules, followUpStep } from "./follow-up.js";
import type { GiveBackSuggestion } from "./give-back.js";
import type { HabitProgress } from "./habit.js";
import type { Stage } from "./stages.js";
import { thankYouDueAt } from "./thank-you.js";

export const AGENDA_KINDS = [
  "meeting",
  "prep",
  "thank-you",
  "follow-up",
  "stay-in-touch",
  "task",
  "give-back",
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

// The agenda's shapes are declared once, with their schemas.
export type { Agenda, AgendaItem, AgendaSection, Suggestion };

export interface AgendaConversation {
  id: string;
  contactId: string;
  contactName: string;
  contactZone: string | null;
  organization: string | null;
  /** Someone else at the same organisation I have not asked yet, to suggest when letting go. */
  alternative?: { contactId: string; contactName: string } | null;
  stage: Stage;
  scheduledAt: string | null;
  durationMinutes: number | null;
  prep: string;
  thankYouSentAt: string | null;
  /** When it moved to done, if it did. */
  doneAt: string | null;
  /** When the request was sent: the request message, else the move to asked. */
  requestSentAt: string | null;
  nudgesSentAt: readonly string[];
  /** Latest reply or interaction after the request. */
  lastHeardAt: string | null;
}

export interface AgendaContact {
  id: string;
  fullName: string;
  /** When the next touch is due (see stay-in-touch.ts). */
  dueAt: string;
  lastTouchAt: string | null;
}

export interface AgendaTask {
  id: string;
  title: string;
  notes: string;
  dueAt: string | null;
  contactId: string | null;
  contactName: string | null;
  conversationId: string | null;
}

export interface AgendaInput {
  now: Date;
  userZone: string;
  holidays: readonly string[];
  followUp?: FollowUpRules;
  conversations: readonly AgendaConversation[];
  contactsDue: readonly AgendaContact[];
  tasks: readonly AgendaTask[];
  /** Item keys hidden until a moment. */
  snoozedUntil: ReadonlyMap<string, string>;
  habit: HabitProgress;
  suggestion: Suggestion | null;
  /** People to give back to today (see give-back.ts): due by the end of the day. */
  giveBack?: readonly GiveBackSuggestion[];
  /** How far ahead "upcoming" looks, in days. */
  horizonDays?: number;
  /** At most this many items per section; the rest are counted (default SECTION_LIMIT). */
  sectionLimit?: number;
  /** Items of each kind the caller knows are due but did not load (e.g. beyond the daily budget). */
  notLoaded?: Partial<Record<AgendaKind, number>>;
}

/** Today never lists thousands of items: each section shows at most this many, and counts the rest. */
export const SECTION_LIMIT = 20;
/** Stay-in-touch suggestions a day: the most overdue people first. */
export const STAY_IN_TOUCH_BUDGET = 5;

type Draft = Omit<AgendaItem, "overdue">;

function item(fields: Partial<Draft> & Pick<Draft, "key" | "kind" | "title" | "dueAt">): Draft {
  return {
    detail: "",
    conversationId: null,
    contactId: null,
    contactName: null,
    taskId: null,
    step: null,
    ...fields,
  };
}

function conversationItems(c: AgendaConversation, input: AgendaInput): Draft[] {
  const who = { conversationId: c.id, contactId: c.contactId, contactName: c.contactName };
  const drafts: Draft[] = [];
  if (c.stage === "scheduled" && c.scheduledAt) {
    drafts.push(
      item({
        ...who,
        key: `meeting:${c.id}`,
        kind: "meeting",
        title: `Conversation with ${c.contactName}`,
        // The day and time are the item's dueAt, which each reader writes in its own style.
        detail: `${c.durationMinutes ?? 30} minutes. Be a little early, keep to the time, and end by asking whom else to talk to.`,
        dueAt: c.scheduledAt,
      }),
    );
    if (c.prep.trim() === "" && new Date(c.scheduledAt) > input.now) {
      const prepBy = DateTime.fromISO(c.scheduledAt, { zone: input.userZone })
        .minus({ days: 1 })
        .endOf("day");
      drafts.push(
        item({
          ...who,
          key: `prep:${c.id}`,
          kind: "prep",
          title: `Prepare for ${c.contactName}`,
          detail:
            "Read up on them and their organisation, note what you want to learn, and order your questions.",
          dueAt: prepBy.toUTC().toISO() ?? c.scheduledAt,
        }),
      );
    }
  }
  if (c.stage === "done" && !c.thankYouSentAt) {
    const due = thankYouDueAt({
      scheduledAt: c.scheduledAt,
      durationMinutes: c.durationMinutes,
      doneAt: c.doneAt ?? input.now.toISOString(),
      userZone: input.userZone,
    });
    drafts.push(
      item({
        ...who,
        key: `thank-you:${c.id}`,
        kind: "thank-you",
        title: `Thank ${c.contactName}`,
        detail: "Within a day: mention one thing you learned, and send anything you promised.",
        dueAt: due.toISOString(),
      }),
    );
  }
  if (c.stage === "asked" && c.requestSentAt) {
    const calendar: Calendar = { zone: c.contactZone ?? input.userZone, holidays: input.holidays };
    const step = followUpStep({
      requestSentAt: new Date(c.requestSentAt),
      nudgesSentAt: c.nudgesSentAt.map((at) => new Date(at)),
      lastHeardAt: c.lastHeardAt ? new Date(c.lastHeardAt) : null,
      now: input.now,
      calendar,
      rules: input.followUp ?? DEFAULT_FOLLOW_UP,
    });
    if (step.step === "check" || step.step === "nudge" || step.step === "let-go") {
      const texts = {
        check: [
          `Any reply from ${c.contactName}?`,
          "Look for an answer to your request; if there is none, a nudge will be due in a few days.",
        ],
        nudge: [
          `Nudge ${c.contactName}`,
          step.nudgesSent === 0
            ? "No reply yet. A short, friendly follow-up is fine: people are busy, it is not personal."
            : "Still no reply. One last short note, then let it go.",
        ],
        "let-go": [
          `Let go of ${c.contactName}`,
          `No reply after ${step.nudgesSent} follow-ups; it is not personal. Mark it as no response and ${
            c.alternative
              ? `ask ${c.alternative.contactName}${c.organization ? `, also at ${c.organization}` : ""}`
              : c.organization
                ? `ask someone else at ${c.organization}`
                : "ask someone else"
          }.`,
        ],
      }[step.step];
      drafts.push(
        item({
          ...who,
          key: `follow-up:${c.id}:${step.step}:${step.nudgesSent}`,
          kind: "follow-up",
          step: step.step,
          title: texts[0] ?? "",
          detail: texts[1] ?? "",
          dueAt: step.dueAt.toISOString(),
        }),
      );
    }
  }
  return drafts;
}

/** Builds today's agenda; every item is due by the end of today, or is coming up within the horizon. */
export function buildAgenda(input: AgendaInput): Agenda {
  const now = DateTime.fromJSDate(input.now, { zone: input.userZone });
  const endOfToday = now.endOf("day");
  const horizon = now.plus({ days: input.horizonDays ?? 7 }).endOf("day");
  const drafts: Draft[] = input.conversations.flatMap((c) => conversationItems(c, input));
  for (const contact of input.contactsDue) {
    drafts.push(
      item({
        key: `stay-in-touch:${contact.id}`,
        kind: "stay-in-touch",
        contactId: contact.id,
        contactName: contact.fullName,
        title: `Get back in touch with ${contact.fullName}`,
        detail: "Share news, report how their advice helped, or offer something useful to them.",
        dueAt: contact.dueAt,
      }),
    );
  }
  for (const person of input.giveBack ?? []) {
    drafts.push(
      item({
        key: `give-back:${person.contactId}`,
        kind: "give-back",
        contactId: person.contactId,
        contactName: person.contactName,
        title: `Give something back to ${person.contactName}`,
        detail: person.reason,
        dueAt: endOfToday.toUTC().toISO() ?? input.now.toISOString(),
      }),
    );
  }
  for (const task of input.tasks) {
    drafts.push(
      item({
        key: `task:${task.id}`,
        kind: "task",
        taskId: task.id,
        contactId: task.contactId,
        contactName: task.contactName,
        conversationId: task.conversationId,
        title: task.title,
        detail: task.notes,
        dueAt: task.dueAt ?? now.toUTC().toISO() ?? input.now.toISOString(),
      }),
    );
  }
  const visible = drafts.filter((d) => {
    const until = input.snoozedUntil.get(d.key);
    return !until || new Date(until) <= input.now;
  });
  const overdue: AgendaItem[] = [];
  const today: AgendaItem[] = [];
  const upcoming: AgendaItem[] = [];
  for (const draft of visible) {
    const due = DateTime.fromISO(draft.dueAt, { zone: input.userZone });
    // Meetings are overdue only once they are over; everything else once its moment has passed.
    const isOverdue = draft.kind === "meeting" ? due.plus({ hours: 1 }) < now : due < now;
    const entry = { ...draft, overdue: isOverdue };
    if (isOverdue) overdue.push(entry);
    else if (due <= endOfToday || draft.kind === "thank-you") today.push(entry);
    else if (due <= horizon) upcoming.push(entry);
  }
  const byDue = (a: AgendaItem, b: AgendaItem) =>
    a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key);
  const limit = input.sectionLimit ?? SECTION_LIMIT;
  const notShown: Partial<Record<AgendaKind, number>> = { ...input.notLoaded };
  const section = (id: AgendaSection["id"], title: string, items: AgendaItem[]): AgendaSection => {
    const sorted = items.sort(byDue);
    for (const cut of sorted.slice(limit)) notShown[cut.kind] = (notShown[cut.kind] ?? 0) + 1;
    return { id, title, items: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
  };
  return {
    date: now.toISODate() ?? "",
    timeZone: input.userZone,
    sections: [
      section("overdue", "Overdue", overdue),
      section("today", "Today", today),
      section("upcoming", "Coming up", upcoming),
    ],
    notShown: Object.fromEntries(Object.entries(notShown).filter(([, n]) => (n ?? 0) > 0)),
    habit: input.habit,
    suggestion: input.suggestion,
  };
}
