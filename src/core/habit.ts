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

/** Weeks the streak looks back at most. */
const MAX_STREAK = 520;

export function habitProgress(input: {
  /** When each conversation took place (or was marked done). */
  heldAt: readonly Date[];
  perWeek: number;
  now: Date;
  zone: string;
}): HabitProgress {
  const current = weekStart(input.now, input.zone);
  const nextWeek = current.plus({ weeks: 1 }).toMillis();
  const times = input.heldAt.map((at) => at.getTime()).filter((t) => t < nextWeek);
  const earliest = times.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  // Week starts from this week back (in the zone, so a DST change moves them as it should), as
  // instants; each held time then falls in a week by comparison, not by a date conversion each.
  const starts: number[] = [];
  for (let week = current; starts.length <= MAX_STREAK; week = week.minus({ weeks: 1 })) {
    starts.push(week.toMillis());
    if (week.toMillis() <= earliest) break;
  }
  const counts = new Array<number>(starts.length).fill(0);
  for (const t of times) {
    const index = starts.findIndex((start) => start <= t);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  const count = (weeksAgo: number) => counts[weeksAgo] ?? 0;
  const thisWeek = count(0);
  let streak = thisWeek >= input.perWeek ? 1 : 0;
  let weeksAgo = 1;
  while (count(weeksAgo) >= input.perWeek && streak < MAX_STREAK) {
    streak += 1;
    weeksAgo += 1;
  }
  return { perWeek: input.perWeek, thisWeek, streakWeeks: streak, weekStart: current.toISODate() ?? "" };
}
