// How dates and times are written: a 24- or 12-hour clock, the day or the month first. Chosen in
// Settings → Appearance and kept with the user's settings, so the texts the server writes (send-time
// advice, the prep sheet), the CLI and the web app all write them the same way.
import type { DateTime } from "luxon";

export const TIME_FORMATS = ["auto", "24h", "12h"] as const;
export type TimeFormatChoice = (typeof TIME_FORMATS)[number];
export const DATE_ORDERS = ["auto", "day-month", "month-day"] as const;
export type DateOrderChoice = (typeof DATE_ORDERS)[number];

/** The choice as kept: "auto" follows the browser's language in the web app. */
export interface DateStyleChoice {
  time: TimeFormatChoice;
  dates: DateOrderChoice;
}

export const AUTO_DATE_STYLE: DateStyleChoice = { time: "auto", dates: "auto" };

/** A stored choice, or "auto" for anything missing or unknown. */
export function readDateStyleChoice(stored: unknown): DateStyleChoice {
  const value = (stored && typeof stored === "object" ? stored : {}) as Record<string, unknown>;
  return {
    time: (TIME_FORMATS as readonly unknown[]).includes(value.time)
      ? (value.time as TimeFormatChoice)
      : "auto",
    dates: (DATE_ORDERS as readonly unknown[]).includes(value.dates)
      ? (value.dates as DateOrderChoice)
      : "auto",
  };
}

/** How a text writes dates and times. */
export interface TextDateStyle {
  twelveHour: boolean;
  monthFirst: boolean;
}

/**
 * The style the server and the CLI write in. Without a browser to ask, "auto" writes as the app's
 * British English does: a 24-hour clock, the day before the month.
 */
export function textDateStyle(choice: DateStyleChoice = AUTO_DATE_STYLE): TextDateStyle {
  return { twelveHour: choice.time === "12h", monthFirst: choice.dates === "month-day" };
}

export const BRITISH_STYLE: TextDateStyle = { twelveHour: false, monthFirst: false };

/** "14:05", or "2:05 pm" on a 12-hour clock. */
export function clockTime(at: DateTime, style: TextDateStyle): string {
  if (!style.twelveHour) return at.toFormat("HH:mm");
  return `${at.toFormat("h:mm")} ${at.hour < 12 ? "am" : "pm"}`;
}

/** A time of day kept as "HH:MM" (a sending window's bounds), in the chosen clock. */
export function clockOfDay(hhmm: string, style: TextDateStyle): string {
  if (!style.twelveHour) return hhmm;
  const [hour = 0, minute = 0] = hhmm.split(":").map(Number);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}:${String(minute).padStart(2, "0")} ${hour < 12 || hour === 24 ? "am" : "pm"}`;
}

/**
 * A day in the chosen order: "Tue 24 Nov" or "Tue Nov 24"; with the year, "24 Nov 2026" or
 * "Nov 24, 2026". Month and weekday names are English.
 */
export function dayDate(
  at: DateTime,
  style: TextDateStyle,
  options: { weekday?: "short" | "long"; month?: "short" | "long"; year?: boolean } = {},
): string {
  const local = at.setLocale("en-GB");
  const weekday = options.weekday ? `${local.toFormat(options.weekday === "long" ? "cccc" : "ccc")} ` : "";
  const month = local.toFormat(options.month === "long" ? "LLLL" : "LLL");
  const day = local.toFormat("d");
  const year = options.year ? local.toFormat("yyyy") : "";
  if (style.monthFirst) return `${weekday}${month} ${day}${year ? `, ${year}` : ""}`;
  return `${weekday}${day} ${month}${year ? ` ${year}` : ""}`;
}

/** A day and a time of day in the chosen style: "Tue 24 Nov 14:05", or "Tue Nov 24 2:05 pm". */
export function dayAndTime(at: DateTime, style: TextDateStyle, options: { year?: boolean } = {}): string {
  return `${dayDate(at, style, { weekday: "short", year: options.year })} ${clockTime(at, style)}`;
}
