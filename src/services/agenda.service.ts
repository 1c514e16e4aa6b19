// Today's work: gathers what can make work due and lets the core decide what is due.
import { DateTime } from "luxon";
import { type Agenda, buildAgenda, type Suggestion } from "../core/agenda.js";
import { fullName } from "../core/contact.js";
import { ValidationError } from "../core/errors.js";
import { giveBackSuggestions } from "../core/give-back.js";
import { habitProgress } from "../core/habit.js";
import { nextTouchDue } from "../core/stay-in-touch.js";
import {
  activeSnoozes,
  agendaConversations,
  heldSince,
  openTasks,
  snooze,
  touchCandidates,
  unsnooze,
} from "../db/agenda.repository.js";
import { giveBackCandidates } from "../db/exchanges.repository.js";
import { nowIso, type ServiceContext } from "./context.js";
import { getSettings } from "./settings.service.js";

const HORIZON_DAYS = 7;

async function suggestNext(ctx: ServiceContext): Promise<Suggestion | null> {
  const db = ctx.db.kysely;
  const planned = await db
    .selectFrom("conversations as v")
    .innerJoin("contacts as c", "c.id", "v.contact_id")
    .leftJoin("organizations as o", "o.id", "c.organization_id")
    .select(["c.id", "c.first_name", "c.last_name", "o.name as organization", "v.id as conversation_id"])
    .where("v.owner_id", "=", ctx.user.id)
    .where("v.stage", "=", "to-ask")
    .where("v.archived_at", "is", null)
    .where("c.archived_at", "is", null)
    .orderBy("v.stage_changed_at")
    .limit(1)
    .executeTakeFirst();
  if (planned) {
    const name = fullName(planned.first_name, planned.last_name);
    return {
      contactId: planned.id,
      contactName: name,
      conversationId: planned.conversation_id,
      reason: `You planned to ask ${name}${planned.organization ? ` at ${planned.organization}` : ""}; a short request on a good day is all it takes.`,
    };
  }
  // Two small queries, each stopping at the first row (newest first, on the owner/created index):
  // one ordered query over every contact used to sort and fetch them all, blocking the event loop.
  const untouchedQuery = (introduced: boolean) =>
    db
      .selectFrom("contacts as c")
      .leftJoin("contacts as i", "i.id", "c.introduced_by_id")
      .select([
        "c.id",
        "c.first_name",
        "c.last_name",
        "c.source",
        "i.first_name as by_first",
        "i.last_name as by_last",
      ])
      .where("c.owner_id", "=", ctx.user.id)
      .where("c.archived_at", "is", null)
      .$if(introduced, (q) => q.where("c.introduced_by_id", "is not", null))
      .where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom("conversations as v").select("v.id").whereRef("v.contact_id", "=", "c.id")),
        ),
      )
      .orderBy("c.created_at", "desc")
      .limit(1)
      .executeTakeFirst();
  const untouched = (await untouchedQuery(true)) ?? (await untouchedQuery(false));
  if (!untouched) return null;
  const name = fullName(untouched.first_name, untouched.last_name);
  const introducer =
    untouched.by_first === null ? null : fullName(untouched.by_first, untouched.by_last ?? "");
  return {
    contactId: untouched.id,
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
  const db = ctx.db.kysely;
  const [conversations, candidates, tasks, snoozed, held, suggestion, takenFrom] = await Promise.all([
    agendaConversations(db, ctx.user.id),
    touchCandidates(db, ctx.user.id),
    openTasks(db, ctx.user.id, horizon.toUTC().toISO() ?? ""),
    activeSnoozes(db, ctx.user.id, now.toISOString()),
    heldSince(db, ctx.user.id, DateTime.fromJSDate(now).minus({ weeks: 60 }).toUTC().toISO() ?? ""),
    suggestNext(ctx),
    giveBackCandidates(db, ctx.user.id),
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
  await snooze(ctx.db.kysely, ctx.user.id, input.key, until.toISOString(), nowIso(ctx));
  return { key: input.key, until: until.toISOString() };
}

/** Brings a snoozed item back at once (the undo of a snooze). */
export async function unsnoozeItem(ctx: ServiceContext, key: string): Promise<void> {
  await unsnooze(ctx.db.kysely, ctx.user.id, key);
}
