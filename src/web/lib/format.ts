// How numbers, dates and names read in the app.
import { everyLabel, NAMED_CADENCES } from "../../core/stay-in-touch.js";
import { dateTimeFormat } from "./datetime.js";

const integer = new Intl.NumberFormat("en-US");

/** "1 contact", "1,234 contacts". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${integer.format(count)} ${count === 1 ? singular : plural}`;
}

/** "24 Nov 2026" (or "Nov 24, 2026"); a date-only "2026-11-24" is that calendar day wherever one is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat({
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(dateOnly ? { timeZone: "UTC" } : {}),
  }).format(date);
}

/** "24 Nov 2026, 14:05" (or "Nov 24, 2026, 2:05 PM"). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : dateTimeFormat({
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      }).format(date);
}

/** The time it is now in a time zone, e.g. "14:05", or null for an unknown zone. */
export function localTimeIn(timeZone: string, now = new Date()): string | null {
  try {
    return dateTimeFormat({ timeZone, hour: "2-digit", minute: "2-digit" }).format(now);
  } catch {
    return null;
  }
}

/**
 * A sentence from a phrase that may end in its own punctuation: a full stop is added only when the
 * phrase does not already end with ".", "?", "!" or "…" (inside closing quotes or brackets too), so
 * "Is it running?" never reads "Is it running?.".
 */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  return /[.?!…][”’"')\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
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
