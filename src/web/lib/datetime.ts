// Dates and times as the user reads and types them: calendar days in a zone, and the date and time inputs.
// Every date and time the app writes goes through here, in the style chosen (see date-style.ts).
import { dateStyle } from "./date-style.js";

/** A formatter in the chosen style: the English locale for the date order, and the chosen clock. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const style = dateStyle();
  // "09:05" on a 24-hour clock, "9:05 AM" on a 12-hour one.
  const withClock: Intl.DateTimeFormatOptions =
    options.hour === undefined
      ? options
      : { ...options, hourCycle: style.hourCycle, hour: style.hourCycle === "h23" ? "2-digit" : "numeric" };
  return new Intl.DateTimeFormat(style.locale, withClock);
}

const partsCache = new Map<string, Intl.DateTimeFormat>();

function isoDateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsCache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    partsCache.set(timeZone, format);
  }
  return format;
}

/** The calendar date ("YYYY-MM-DD") of a moment in a time zone (the browser's when none is given). */
export function dateInZone(at: Date, timeZone?: string): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    return isoDateFormat(zone).format(at);
  } catch {
    return isoDateFormat("UTC").format(at);
  }
}

/** Whole calendar days from one "YYYY-MM-DD" to another: 1 from today to tomorrow, -2 to the day before yesterday. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "9:30 am" or "09:30", in the chosen clock, in a zone. */
export function timeOfDay(iso: string, timeZone?: string): string {
  return dateTimeFormat({ hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));
}

/** "Tue 24 Nov, 10:00": a moment in the near future or past, short. */
export function shortDateTime(iso: string, timeZone?: string): string {
  return dateTimeFormat({
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(new Date(iso));
}

/** "Tuesday 24 November 2026, 10:00 CET": a meeting's time in full, with its zone. */
export function longDateTime(iso: string, timeZone?: string): string {
  return dateTimeFormat({
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

/** "Sunday 22 November": the heading of a day. */
export function dayHeading(date: string): string {
  return dateTimeFormat({
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** The values of a date input and a time input showing a moment in the browser's zone. */
export function toLocalInputs(iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: "", time: "" };
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { date: "", time: "" };
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** The moment a date input and a time input mean in the browser's zone, as ISO; null when incomplete or invalid. */
export function fromLocalInputs(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const at = new Date(`${date}T${time}:00`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/**
 * What a date input and a time input hold, written in the chosen style ("Tuesday 9 March 2027,
 * 14:30"): the browser draws its own inputs in its language, so the form reads the choice back.
 * Null while the day is not a valid date.
 */
export function typedWhen(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const full = { weekday: "long", day: "numeric", month: "long", year: "numeric" } as const;
  const moment = /^\d{2}:\d{2}$/.test(time) ? fromLocalInputs(date, time) : null;
  if (moment) return dateTimeFormat({ ...full, hour: "2-digit", minute: "2-digit" }).format(new Date(moment));
  const day = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(day.getTime()) ? null : dateTimeFormat({ ...full, timeZone: "UTC" }).format(day);
}

/** "2 days ago", "in 3 hours", "just now": how far a moment is from now. */
export function relativeTime(iso: string, now = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(dateStyle().locale, { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 3600) return format.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), "hour");
  if (abs < 30 * 86_400) return format.format(Math.round(seconds / 86_400), "day");
  if (abs < 365 * 86_400) return format.format(Math.round(seconds / (30 * 86_400)), "month");
  return format.format(Math.round(seconds / (365 * 86_400)), "year");
}

/** The browser's time zone, e.g. "Europe/Berlin". */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
