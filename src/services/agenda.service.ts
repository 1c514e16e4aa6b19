// Today's work: gathers what can make work due and lets the core decide what is due.
import { DateTime } from "luxon";
import {
  type Agenda,
  buildAgenda,
  SECTION_LIMIT,
  STAY_IN_TOUCH_BUDGET,
  type Suggestion,
} from "../core/agenda.js";
import { ValidationError } from "../core/errors.js";
import { giveBackSuggestions } from "../core/give-back.js";
import { habitProgress, habitReadSince } from "../core/habit.js";
import { nowIso, type ServiceContext } from "./context.js";
import { getSettings } from "./settings.service.js";

const HORIZON_DAYS = 7;

async function suggestNext(ctx: ServiceContext): Promise<Suggestion | null> {
  const planned = await ctx.repos.agenda.plannedAsk();
  if (planned) {
    return {
      contactId: planned.contactId,
      contactName: planned.contactName,
      conversationId: planned.conversationId,
      reason: `You planned to ask ${planned.contactName}${planned.organization ? ` at ${planned.organization}` : ""}; a short request on a good day is all it takes.`,
    };
  }
  const untouched = await ctx.repos.agenda.nextUntouched();
  if (!untouched) return null;
  const name = untouched.contactName;
  const introducer = untouched.introducerName;
  return {
    contactId: untouched.contactId,
    contactName: name,
    conversationId: null,
    reason: introducer
      ? `${introducer} suggested talking to ${name}: a warm introduction is the easiest request to send.`
      : `You have not talked with ${name} yet.`,
  };
}

/** Today's agenda, from a handful of bounded, indexed queries: never thousands of items. */
export function getAgenda(ctx: ServiceContext): Promise<Agenda> {
  return agendaOf(ctx, { withSuggestion: true });
}

/** How many things are due by the end of today, and how many of them are overdue (the sidebar's badge). */
export async function getDueCount(ctx: ServiceContext): Promise<{ due: number; overdue: number }> {
  const agenda = await agendaOf(ctx, { withSuggestion: false });
  const count = (id: string) => {
    const section = agenda.sections.find((s) => s.id === id);
    return section ? section.items.length + section.more : 0;
  };
  return { due: count("overdue") + count("today"), overdue: count("overdue") };
}

async function agendaOf(ctx: ServiceContext, options: { withSuggestion: boolean }): Promise<Agenda> {
  const settings = await getSettings(ctx);
  const now = ctx.clock.now();
  const zone = settings.timeZone;
  const horizon = DateTime.fromJSDate(now, { zone }).plus({ days: HORIZON_DAYS }).endOf("day");
  const until = horizon.toUTC().toISO() ?? "";
  const { agenda, exchanges } = ctx.repos;
  const [conversations, touch, tasks, snoozed, held, suggestion, takenFrom] = await Promise.all([
    agenda.conversations(until, SECTION_LIMIT),
    agenda.touchDue(until, now.toISOString(), STAY_IN_TOUCH_BUDGET),
    agenda.openTasks(until, SECTION_LIMIT),
    agenda.activeSnoozes(now.toISOString()),
    options.withSuggestion ? agenda.heldTimesSince(habitReadSince(now)) : [],
    options.withSuggestion ? suggestNext(ctx) : null,
    exchanges.giveBackCandidates(),
  ]);
  return buildAgenda({
    now,
    userZone: zone,
    holidays: settings.holidays,
    followUp: settings.followUp,
    conversations: conversations.items,
    contactsDue: touch.items,
    tasks: tasks.items,
    snoozedUntil: snoozed,
    habit: habitProgress({
      heldAt: held,
      perWeek: settings.habitPerWeek,
      now,
      zone,
    }),
    suggestion,
    giveBack: giveBackSuggestions(takenFrom, now),
    horizonDays: HORIZON_DAYS,
    notLoaded: {
      ...conversations.notLoaded,
      "stay-in-touch": Math.max(0, touch.due - touch.items.length),
      task: tasks.more,
    },
  });
}

/** Hides an agenda item until a moment: by default tomorrow at 08:00 in the user's zone. */
export async function snoozeItem(
  ctx: ServiceContext,
  input: { key: string; until?: string | undefined },
): Promise<{ key: string; until: string }> {
  const settings = await getSettings(ctx);
  const now = ctx.clock.now();
  const until = input.until
    ? new Date(input.until)
    : DateTime.fromJSDate(now, { zone: settings.timeZone })
        .plus({ days: 1 })
        .set({ hour: 8, minute: 0, second: 0, millisecond: 0 })
        .toJSDate();
  if (until <= now) throw new ValidationError("until: snooze until a moment in the future.", "until");
  await ctx.repos.agenda.snooze(input.key, until.toISOString(), nowIso(ctx));
  return { key: input.key, until: until.toISOString() };
}

/** Brings a snoozed item back at once (the undo of a snooze). */
export async function unsnoozeItem(ctx: ServiceContext, key: string): Promise<void> {
  await ctx.repos.agenda.unsnooze(key);
}
