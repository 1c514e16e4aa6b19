// Business days as a person lives them: in their own time zone, without weekends or the
// holidays the user lists (as local dates, "2026-12-25").
import { DateTime } from "luxon";

export interface Calendar {
  /** IANA time zone the days are counted in. */
  zone: string;
  /** Local dates that are not business days. */
  holidays: readonly string[];
}

export function isBusinessDay(day: DateTime, holidays: readonly string[]): boolean {
  return day.weekday <= 5 && !holidays.includes(day.toISODate() ?? "");
}

/**
 * The moment `count` business days after `from`, at the same local time of day, in the
 * calendar's zone. Starting on a weekend or holiday counts from the next business day.
 */
export function addBusinessDays(from: Date, count: number, calendar: Calendar): Date {
  const start = DateTime.fromJSDate(from, { zone: calendar.zone });
  let day = start.startOf("day");
  let left = count;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(day, calendar.holidays)) left -= 1;
  }
  const result = day.set({
    hour: start.hour,
    minute: start.minute,
    second: start.second,
    millisecond: start.millisecond,
  });
  return result.toJSDate();
}

/** How many whole business days lie after `from` up to and including the day of `to`. */
export function businessDaysBetween(from: Date, to: Date, calendar: Calendar): number {
  let day = DateTime.fromJSDate(from, { zone: calendar.zone }).startOf("day");
  const last = DateTime.fromJSDate(to, { zone: calendar.zone }).startOf("day");
  let count = 0;
  while (day < last) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(day, calendar.holidays)) count += 1;
  }
  return count;
}

/** The local calendar date of a moment in a zone, "YYYY-MM-DD". */
export function localDate(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? "";
}

/** The last millisecond of the day after `at`, in the zone. */
export function endOfNextDay(at: Date, zone: string): Date {
  return DateTime.fromJSDate(at, { zone }).plus({ days: 1 }).endOf("day").toJSDate();
}
