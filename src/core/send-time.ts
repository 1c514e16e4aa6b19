// The send-time advisor: the next good moment to send a request, in the reader's time zone.
import { DateTime } from "luxon";
import type { ReplyRate } from "./analytics.schema.js";
import { isBusinessDay } from "./business-days.js";
import { BRITISH_STYLE, clockOfDay, clockTime, dayDate, type TextDateStyle } from "./date-style.js";

/** A window of the week: ISO weekdays (1 = Monday … 7 = Sunday) and local hours "HH:MM". */
export interface SendWindow {
  days: number[];
  from: string;
  to: string;
}

/** Tuesday and Wednesday mornings: people have caught up after Monday and are not yet closing the week. */
export const DEFAULT_SEND_WINDOWS: readonly SendWindow[] = [{ days: [2, 3], from: "08:00", to: "12:00" }];

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** My own requests' reply rates count once there are this many requests… */
export const OWN_RECORD_MIN_SENT = 30;
/** …and this many in the weekday and in the hour chosen. */
export const OWN_RECORD_MIN_SLOT = 5;

/** My own requests' reply rates, by weekday (1-7) and hour (0-23) on the reader's clock. */
export interface OwnRecord {
  sent: number;
  byWeekday: readonly ReplyRate[];
  byHour: readonly ReplyRate[];
}

interface OwnSlot {
  day: ReplyRate;
  hour: ReplyRate;
  sent: number;
}

/** The group with the best reply rate among those with enough requests; null when none replied. */
function best(rates: readonly ReplyRate[]): ReplyRate | null {
  const enough = rates.filter((r) => r.sent >= OWN_RECORD_MIN_SLOT && (r.rate ?? 0) > 0);
  return (
    [...enough].sort(
      (a, b) => (b.rate ?? 0) - (a.rate ?? 0) || b.sent - a.sent || Number(a.key) - Number(b.key),
    )[0] ?? null
  );
}

/** The weekday and hour my own record favours, once it is long enough to mean something. */
export function ownBestSlot(record: OwnRecord | undefined): OwnSlot | null {
  if (!record || record.sent < OWN_RECORD_MIN_SENT) return null;
  const day = best(record.byWeekday);
  const hour = best(record.byHour);
  return day && hour ? { day, hour, sent: record.sent } : null;
}

function slotWindow(slot: OwnSlot): SendWindow {
  const hour = Number(slot.hour.key);
  const pad = (h: number) => `${String(h).padStart(2, "0")}:00`;
  return { days: [Number(slot.day.key)], from: pad(hour), to: pad(hour + 1) };
}

function ownReason(slot: OwnSlot, style: TextDateStyle): string {
  const part = (r: ReplyRate) => `${r.replied} of ${r.sent} replied`;
  return `Your own requests have done best on ${slot.day.label}s (${part(slot.day)}) and around ${clockOfDay(slot.hour.label, style)} (${part(slot.hour)}), out of ${slot.sent} sent: this follows your record rather than the general rule.`;
}

export interface SendTimeInput {
  now: Date;
  /** The reader's zone; null when unknown (the user's zone is used, and the reason says so). */
  contactZone: string | null;
  userZone: string;
  windows?: readonly SendWindow[];
  holidays?: readonly string[];
  /** My own reply rates: used instead of the windows once there are enough of them. */
  ownRecord?: OwnRecord;
  /** How the reason writes the day and the time (the user's choice); British when not given. */
  style?: TextDateStyle;
}

export interface SendTimeAdvice {
  at: Date;
  reason: string;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * A local time of day "HH:MM" on a day, read off the wall clock: counting minutes from midnight
 * would put a window an hour off on a day the clocks change. "24:00" is the end of the day.
 */
function atLocalTime(day: DateTime, hhmm: string): DateTime {
  const minutes = minutesOf(hhmm);
  if (minutes >= 24 * 60) return day.plus({ days: 1 }).startOf("day");
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 });
}

/** Rounds up to the next quarter hour, so advice reads "9:15", not "9:07:31". */
function roundUpToQuarter(time: DateTime): DateTime {
  const rounded = time.set({ second: 0, millisecond: 0 });
  const extra = (15 - (rounded.minute % 15)) % 15;
  const bumped = rounded.plus({ minutes: extra });
  return bumped < time ? bumped.plus({ minutes: 15 }) : bumped;
}

function windowsText(windows: readonly SendWindow[], style: TextDateStyle): string {
  return windows
    .map(
      (w) =>
        `${w.days.map((d) => WEEKDAYS[d - 1]).join(" or ")} ${clockOfDay(w.from, style)}–${clockOfDay(w.to, style)}`,
    )
    .join("; ");
}

/** The first moment inside a send window that is not in the past; looks up to four weeks ahead. */
export function adviseSendTime(input: SendTimeInput): SendTimeAdvice {
  const own = ownBestSlot(input.ownRecord);
  const windows = own
    ? [slotWindow(own)]
    : input.windows && input.windows.length > 0
      ? input.windows
      : DEFAULT_SEND_WINDOWS;
  const zone = input.contactZone ?? input.userZone;
  const now = DateTime.fromJSDate(input.now, { zone });
  const holidays = input.holidays ?? [];
  let best: DateTime | null = null;
  for (let offset = 0; offset < 28 && best === null; offset++) {
    const day = now.startOf("day").plus({ days: offset });
    if (holidays.includes(day.toISODate() ?? "")) continue;
    for (const window of windows) {
      if (!window.days.includes(day.weekday)) continue;
      const start = atLocalTime(day, window.from);
      const end = atLocalTime(day, window.to);
      const candidate = start > now ? start : roundUpToQuarter(now);
      // A window inside the hour the clocks skip does not exist that day.
      const wallClock = candidate.hour * 60 + candidate.minute;
      const onWallClock = wallClock >= minutesOf(window.from) && wallClock < minutesOf(window.to);
      if (onWallClock && candidate < end && (best === null || candidate < best)) best = candidate;
    }
  }
  const at = best ?? roundUpToQuarter(now);
  return { at: at.toJSDate(), reason: reasonFor(at, now, input, windows, holidays, own) };
}

function reasonFor(
  at: DateTime,
  now: DateTime,
  input: SendTimeInput,
  windows: readonly SendWindow[],
  holidays: readonly string[],
  own: OwnSlot | null,
): string {
  const zone = input.contactZone ?? input.userZone;
  const place = zone.split("/").at(-1)?.replace(/_/g, " ") ?? zone;
  const style = input.style ?? BRITISH_STYLE;
  const when = at.hasSame(now, "day") ? "today" : dayDate(at, style, { weekday: "long" });
  const theirTime = `${when} at ${clockTime(at, style)} ${input.contactZone ? `their time (${place})` : "your time"}`;
  const mine = at.setZone(input.userZone);
  const yours =
    input.contactZone && input.contactZone !== input.userZone
      ? `, ${mine.toFormat("ccc")} ${clockTime(mine, style)} for you`
      : "";
  const isDefault = JSON.stringify(windows) === JSON.stringify(DEFAULT_SEND_WINDOWS);
  const why = own
    ? ownReason(own, style)
    : isDefault
      ? "Mid-week mornings get the most replies: on Monday people catch up on their inbox, and from Thursday afternoon they are wrapping up the week, so Friday mail gets lost."
      : `It is inside your sending windows (${windowsText(windows, style)}).`;
  const unknownZone = input.contactZone
    ? ""
    : " Their time zone is not known, so this uses yours; add it to their contact for better advice.";
  const holiday = holidays.length > 0 && !isBusinessDay(at, holidays) ? " (a listed holiday)" : "";
  return `Send ${theirTime}${yours}${holiday}. ${why}${unknownZone}`;
}
