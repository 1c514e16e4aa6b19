// How numbers, dates and names read in the app.
import { everyLabel, NAMED_CADENCES } from "../../core/stay-in-touch.js";

const integer = new Intl.NumberFormat("en-US");

/** "1 contact", "1,234 contacts". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${integer.format(count)} ${count === 1 ? singular : plural}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** The time it is now in a time zone, e.g. "14:05", or null for an unknown zone. */
export function localTimeIn(timeZone: string, now = new Date()): string | null {
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone, hour: "numeric", minute: "2-digit" }).format(now);
  } catch {
    return null;
  }
}

/** Up to two initials: "Ada Lovelace" -> "AL". */
export function initials(firstName: string, lastName: string): string {
  const letters = [firstName, lastName].map((part) => Array.from(part.trim())[0] ?? "").join("");
  return letters.toUpperCase() || "?";
}

/** "Research engineer @ Acme", "Research engineer", "Acme" or "". */
export function roleLine(title: string | null, organization: string | null): string {
  return [title, organization].filter(Boolean).join(" @ ");
}

/** Stay-in-touch cadences offered in the form (days). */
export const STAY_IN_TOUCH_OPTIONS: { value: string; label: string }[] = NAMED_CADENCES.map((named) => ({
  value: String(named.days),
  label: named.label,
}));

export function cadenceLabel(days: number | null): string {
  return days === null ? "" : everyLabel(days);
}
