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

export function habitProgress(input: {
  /** When each conversation took place (or was marked done). */
  heldAt: readonly Date[];
  perWeek: number;
  now: Date;
  zone: string;
}): HabitProgress {
  const perWeekCounts = new Map<string, number>();
  for (const at of input.heldAt) {
    const key = weekStart(at, input.zone).toISODate() ?? "";
    perWeekCounts.set(key, (perWeekCounts.get(key) ?? 0) + 1);
  }
  const current = weekStart(input.now, input.zone);
  const count = (week: DateTime) => perWeekCounts.get(week.toISODate() ?? "") ?? 0;
  const thisWeek = count(current);
  let streak = thisWeek >= input.perWeek ? 1 : 0;
  let week = current.minus({ weeks: 1 });
  while (count(week) >= input.perWeek && streak < 520) {
    streak += 1;
    week = week.minus({ weeks: 1 });
  }
  return { perWeek: input.perWeek, thisWeek, streakWeeks: streak, weekStart: current.toISODate() ?? "" };
}
