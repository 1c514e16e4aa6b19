// The years coffeechat accepts and writes: outside 1900–2200 a date is a typing mistake, and it
// breaks what we hand on (PostgreSQL has no year 0; iCalendar wants four-digit years).

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** Whether an ISO-8601 time or date falls in the years MIN_YEAR–MAX_YEAR (in UTC). */
export function isInYearRange(text: string): boolean {
  const time = new Date(text).getTime();
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
