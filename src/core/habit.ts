// The weekly habit: a number of conversations a week, with progress and a streak of weeks kept.
import { DateTime } from "luxon";

export interface HabitProgress {
  perWeek: number;
  thisWeek: number;
  /** Weeks in a row, ending with this one (if met) or the last one, that met the goal. */
  streakWeeks: number;
  weekStart: string;
}

/** ISO week key of a moment in a zone: weeks start on Monday. */
function weekStart(at: Date, zone: string): DateTime {
  return DateTime.fromJSDate(at, { zone }).startOf("week");
}

/** Weeks of held conversations the habit reads: enough for a long streak and the charts. */
export const HABIT_READ_WEEKS = 60;

/**
 * From when the habit reads held conversations: the start of a UTC day, so that the read is the
 * same all day long (and a cached read serves it till a write).
 */
export function habitReadSince(now: Date): string {
  return (
    DateTime.fromJSDate(now, { zone: "utc" }).minus({ weeks: HABIT_READ_WEEKS }).startOf("day").toISO() ?? ""
  );
}

/** When a conversation was held: a moment, or its epoch milliseconds (as Today reads them). */
export type HeldAt = Date | number;

const millis = (at: HeldAt): number => (typeof at === "number" ? at : at.getTime());

/** Weeks the streak looks back at most. */
const MAX_STREAK = 520;

/**
 * Conversations held in each week, this week first: at least `minWeeks` weeks, and back to the
 * earliest held one (at most MAX_STREAK weeks).
 */
function countByWeek(
  heldAt: readonly HeldAt[],
  now: Date,
  zone: string,
  minWeeks: number,
): { starts: DateTime[]; counts: number[] } {
  const current = weekStart(now, zone);
  const nextWeek = current.plus({ weeks: 1 }).toMillis();
  const times = heldAt.map(millis).filter((t) => t < nextWeek);
  const earliest = times.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  // Week starts from this week back (in the zone, so a DST change moves them as it should), as
  // instants; each held time then falls in a week by comparison, not by a date conversion each.
  const starts: DateTime[] = [];
  for (let week = current; starts.length <= MAX_STREAK; week = week.minus({ weeks: 1 })) {
    starts.push(week);
    if (week.toMillis() <= earliest && starts.length >= minWeeks) break;
  }
  const startMillis = starts.map((start) => start.toMillis());
  const counts = new Array<number>(starts.length).fill(0);
  for (const t of times) {
    const index = startMillis.findIndex((start) => start <= t);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return { starts, counts };
}

export function habitProgress(input: {
  /** When each conversation took place (or was marked done). */
  heldAt: readonly HeldAt[];
  perWeek: number;
  now: Date;
  zone: string;
}): HabitProgress {
  const { starts, counts } = countByWeek(input.heldAt, input.now, input.zone, 1);
  const count = (weeksAgo: number) => counts[weeksAgo] ?? 0;
  const thisWeek = count(0);
  let streak = thisWeek >= input.perWeek ? 1 : 0;
  let weeksAgo = 1;
  while (count(weeksAgo) >= input.perWeek && streak < MAX_STREAK) {
    streak += 1;
    weeksAgo += 1;
  }
  return { perWeek: input.perWeek, thisWeek, streakWeeks: streak, weekStart: starts[0]?.toISODate() ?? "" };
}

/** Conversations held in each of the last `weeks` weeks (Monday to Sunday in the zone), oldest first. */
export function heldPerWeek(input: {
  heldAt: readonly Date[];
  weeks: number;
  now: Date;
  zone: string;
}): { weekStart: string; held: number }[] {
  const { starts, counts } = countByWeek(input.heldAt, input.now, input.zone, input.weeks);
  return starts
    .slice(0, input.weeks)
    .map((start, index) => ({ weekStart: start.toISODate() ?? "", held: counts[index] ?? 0 }))
    .reverse();
}
