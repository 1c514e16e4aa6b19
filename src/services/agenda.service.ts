// Today's work: gathers what can make work due and lets the core decide what is due.
import { DateTime } from "luxon";
import { type Agenda, buildAgenda, type Suggestion } from "../core/agenda.js";
import { ValidationError } from "../core/errors.js";
import { giveBackSuggestions } from "../core/give-back.js";
import { habitProgress } from "../core/habit.js";
import { nextTouchDue } from "../core/stay-in-touch.js";
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

export async function getAgenda(ctx: ServiceContext): Promise<Agenda> {
  const settings = await getSettings(ctx);
  const now = ctx.clock.now();
  const zone = settings.timeZone;
  const horizon = DateTime.fromJSDate(now, { zone }).plus({ days: HORIZON_DAYS }).endOf("day");
  const { agenda, exchanges } = ctx.repos;
  const [conversations, candidates, tasks, snoozed, held, suggestion, takenFrom] = await Promise.all([
    agenda.conversations(),
    agenda.touchCandidates(),
    agenda.openTasks(horizon.toUTC().toISO() ?? ""),
    agenda.activeSnoozes(now.toISOString()),
    agenda.heldSince(DateTime.fromJSDate(now).minus({ weeks: 60 }).toUTC().toISO() ?? ""),
    suggestNext(ctx),
    exchanges.giveBackCandidates(),
  ]);
  const contactsDue = candidates.flatMap((c) => {
    const due = nextTouchDue({
      strength: c.strength,
      cadenceOverride: c.stayInTouchDays,
      lastTouchAt: c.lastTouchAt,
      nextTouchAt: c.nextTouchAt,
    });
    return due && due <= horizon.toJSDate()
      ? [{ id: c.id, fullName: c.fullName, dueAt: due.toISOString(), lastTouchAt: c.lastTouchAt }]
      : [];
  });
  return buildAgenda({
    now,
    userZone: zone,
    holidays: settings.holidays,
    followUp: settings.followUp,
    conversations,
    contactsDue,
    tasks,
    snoozedUntil: snoozed,
    habit: habitProgress({
      heldAt: held.map((at) => new Date(at)),
      perWeek: settings.habitPerWeek,
      now,
      zone,
    }),
    suggestion,
    giveBack: giveBackSuggestions(takenFrom, now),
    horizonDays: HORIZON_DAYS,
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
