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

// The loops below walk calendar dates, which have no zone: a date is kept as a UTC midnight, so a
// step is one day whatever the zone's clocks do, and the zone is consulted only at the ends.
const DAY_MS = 86_400_000;

function localDay(at: Date, zone: string): { date: number; local: DateTime } {
  const local = DateTime.fromJSDate(at, { zone });
  return { date: Date.UTC(local.year, local.month - 1, local.day), local };
}

function businessDate(date: number, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(new Date(date).toISOString().slice(0, 10));
}

/**
 * The moment `count` business days after `from`, at the same local time of day, in the
 * calendar's zone. Starting on a weekend or holiday counts from the next business day.
 */
export function addBusinessDays(from: Date, count: number, calendar: Calendar): Date {
  const holidays = new Set(calendar.holidays);
  const start = localDay(from, calendar.zone);
  let date = start.date;
  let left = count;
  while (left > 0) {
    date += DAY_MS;
    if (businessDate(date, holidays)) left -= 1;
  }
  const day = new Date(date);
  return start.local
    .set({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() })
    .toJSDate();
}

/** How many whole business days lie after `from` up to and including the day of `to`. */
export function businessDaysBetween(from: Date, to: Date, calendar: Calendar): number {
  const holidays = new Set(calendar.holidays);
  const last = localDay(to, calendar.zone).date;
  let date = localDay(from, calendar.zone).date;
  let count = 0;
  while (date < last) {
    date += DAY_MS;
    if (businessDate(date, holidays)) count += 1;
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
