// How dates and times are written across the app: 24- or 12-hour clock, day or month first. Follows
// the browser's language unless a choice is made in Settings (kept with the user's settings, and in
// this browser to draw the first page); every date and time formatter asks here, so a page never
// mixes two formats.

import type { DateOrderChoice, DateStyleChoice, TimeFormatChoice } from "../../core/date-style.js";

export type { DateOrderChoice, DateStyleChoice, TimeFormatChoice };

export interface DateStyle {
  /** An English locale that writes dates in the chosen order: "en-GB" (24 Nov) or "en-US" (Nov 24). */
  locale: "en-GB" | "en-US";
  /** "h23" for 14:05, "h12" for 2:05 PM. */
  hourCycle: "h23" | "h12";
}

export const DATE_STYLE_KEY = "coffeechat-date-style";
const AUTO: DateStyleChoice = { time: "auto", dates: "auto" };

/** Whether a language writes the month before the day (en-US: 11/24), from the way it formats a date. */
function monthFirst(language: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(language, { day: "numeric", month: "numeric" }).formatToParts(
      new Date(Date.UTC(2026, 10, 24, 12)),
    );
    const order = parts.filter((p) => p.type === "day" || p.type === "month").map((p) => p.type);
    return order[0] === "month";
  } catch {
    return false;
  }
}

/** Whether a language reads the clock in twelve hours (en-US, hi) rather than 24 (en-GB, de, fr). */
function twelveHour(language: string): boolean {
  try {
    const cycle = new Intl.DateTimeFormat(language, { hour: "numeric" }).resolvedOptions().hourCycle;
    return cycle === "h12" || cycle === "h11";
  } catch {
    return false;
  }
}

/** The style a choice means for a browser language ("auto" follows the language). */
export function resolveDateStyle(choice: DateStyleChoice, language: string): DateStyle {
  const dayFirst = choice.dates === "auto" ? !monthFirst(language) : choice.dates === "day-month";
  const twelve = choice.time === "auto" ? twelveHour(language) : choice.time === "12h";
  return { locale: dayFirst ? "en-GB" : "en-US", hourCycle: twelve ? "h12" : "h23" };
}

function isChoice(value: unknown): value is DateStyleChoice {
  if (!value || typeof value !== "object") return false;
  const { time, dates } = value as Record<string, unknown>;
  return (
    ["auto", "24h", "12h"].includes(String(time)) &&
    ["auto", "day-month", "month-day"].includes(String(dates))
  );
}

/** The choice kept in this browser, or "follow the language" for both. */
export function storedDateStyleChoice(): DateStyleChoice {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(DATE_STYLE_KEY) ?? "null");
    return isChoice(parsed) ? parsed : AUTO;
  } catch {
    return AUTO;
  }
}

function browserLanguage(): string {
  return globalThis.navigator?.language ?? "en-GB";
}

let current: DateStyle = resolveDateStyle(storedDateStyleChoice(), browserLanguage());
let version = 0;
const listeners = new Set<() => void>();

/** The style in force now. */
export function dateStyle(): DateStyle {
  return current;
}

/** Whether two choices are the same. */
export function sameDateStyleChoice(a: DateStyleChoice, b: DateStyleChoice): boolean {
  return a.time === b.time && a.dates === b.dates;
}

/** Keeps a new choice in this browser and re-renders what shows dates. */
export function saveDateStyleChoice(choice: DateStyleChoice): void {
  try {
    globalThis.localStorage?.setItem(DATE_STYLE_KEY, JSON.stringify(choice));
  } catch {
    // A browser that keeps nothing still gets the choice until the page is reloaded.
  }
  current = resolveDateStyle(choice, browserLanguage());
  version += 1;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: a number that changes with each new choice. */
export function dateStyleVersion(): number {
  return version;
}

export function subscribeDateStyle(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
