// Reply rates of my requests: by weekday and hour sent on the reader's clock, and by any other
// grouping (template, channel, source), each marked when there are too few to tell.
import { DateTime } from "luxon";
import type { ReplyRate } from "./analytics.schema.js";

/** Below this many requests in a group, its reply rate is "too few to tell". */
export const MIN_SAMPLE = 10;

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Requests sent at one moment to people of one time zone, and how many of them got a reply. */
export interface SentAt {
  /** The reader's zone; null when not known (the user's zone is used). */
  zone: string | null;
  sentAt: string;
  sent: number;
  replied: number;
}

/** Requests of one group (a template, a channel, a source), and how many got a reply. */
export interface SentGroup {
  key: string | null;
  sent: number;
  replied: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function rateOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** One group's reply rate, with an honest note when it rests on too few requests. */
export function replyRate(
  key: string | null,
  label: string,
  sent: number,
  replied: number,
  minimum = MIN_SAMPLE,
): ReplyRate {
  const tooFew = sent < minimum;
  const note = !tooFew
    ? null
    : sent === 0
      ? "Nothing sent yet."
      : `Only ${plural(sent, "request")}: too few to tell.`;
  return { key, label, sent, replied, rate: rateOf(replied, sent), tooFew, note };
}

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * Reads instants on the clocks of many zones, quickly: every zone's offset holds for a whole
 * quarter hour (clocks change on one), so each zone's offset is looked up once per quarter hour.
 */
export class LocalClock {
  private readonly offsets = new Map<string, number>();
  private readonly valid = new Map<string, boolean>();

  constructor(private readonly fallbackZone: string) {}

  /** The zone a reader's clock runs on: theirs when known and real, else the fallback. */
  zoneOf(zone: string | null): string {
    if (!zone) return this.fallbackZone;
    let ok = this.valid.get(zone);
    if (ok === undefined) {
      ok = DateTime.now().setZone(zone).isValid;
      this.valid.set(zone, ok);
    }
    return ok ? zone : this.fallbackZone;
  }

  /** ISO weekday (1 = Monday) and hour (0-23) of an instant on the reader's clock. */
  slotOf(at: string, zone: string | null): { weekday: number; hour: number } | null {
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) return null;
    const name = this.zoneOf(zone);
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    const key = `${name} ${quarter}`;
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      offset = DateTime.fromMillis(quarter * QUARTER_HOUR_MS, { zone: name }).offset;
      this.offsets.set(key, offset);
    }
    const local = new Date(ms + offset * 60_000);
    return { weekday: ((local.getUTCDay() + 6) % 7) + 1, hour: local.getUTCHours() };
  }
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

/** Reply rates by weekday (Monday to Sunday) and by hour (0 to 23), on each reader's clock. */
export function byWeekdayAndHour(
  rows: readonly SentAt[],
  userZone: string,
  minimum = MIN_SAMPLE,
): { byWeekday: ReplyRate[]; byHour: ReplyRate[] } {
  const clock = new LocalClock(userZone);
  const days = Array.from({ length: 7 }, () => ({ sent: 0, replied: 0 }));
  const hours = Array.from({ length: 24 }, () => ({ sent: 0, replied: 0 }));
  for (const row of rows) {
    const slot = clock.slotOf(row.sentAt, row.zone);
    if (!slot) continue;
    const day = days[slot.weekday - 1];
    const hour = hours[slot.hour];
    if (!day || !hour) continue;
    day.sent += row.sent;
    day.replied += row.replied;
    hour.sent += row.sent;
    hour.replied += row.replied;
  }
  return {
    byWeekday: days.map((d, i) =>
      replyRate(String(i + 1), WEEKDAY_NAMES[i] ?? "", d.sent, d.replied, minimum),
    ),
    byHour: hours.map((h, i) => replyRate(String(i), hourLabel(i), h.sent, h.replied, minimum)),
  };
}

/** Groups' reply rates, labelled, the most used first. */
export function byGroup(
  groups: readonly SentGroup[],
  labelOf: (key: string | null) => string,
  minimum = MIN_SAMPLE,
): ReplyRate[] {
  const merged = new Map<string | null, { sent: number; replied: number }>();
  for (const g of groups) {
    const entry = merged.get(g.key) ?? { sent: 0, replied: 0 };
    entry.sent += g.sent;
    entry.replied += g.replied;
    merged.set(g.key, entry);
  }
  return [...merged.entries()]
    .map(([key, g]) => replyRate(key, labelOf(key), g.sent, g.replied, minimum))
    .sort((a, b) => b.sent - a.sent || a.label.localeCompare(b.label, "en"));
}

const DAY_MS = 86_400_000;

/** The median time from sending a request to its reply, in days (one decimal); null before any. */
export function medianDaysToReply(pairs: readonly { sentAt: string; repliedAt: string }[]): number | null {
  const days = pairs
    .map((p) => (Date.parse(p.repliedAt) - Date.parse(p.sentAt)) / DAY_MS)
    .filter((d) => Number.isFinite(d) && d >= 0)
    .sort((a, b) => a - b);
  if (days.length === 0) return null;
  const middle = Math.floor(days.length / 2);
  const median =
    days.length % 2 === 1 ? (days[middle] ?? 0) : ((days[middle - 1] ?? 0) + (days[middle] ?? 0)) / 2;
  return Math.round(median * 10) / 10;
}
