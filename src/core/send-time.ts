// The send-time advisor: the next good moment to send a request, in the reader's time zone.
import { DateTime } from "luxon";
import { isBusinessDay } from "./business-days.js";

/** A window of the week: ISO weekdays (1 = Monday … 7 = Sunday) and local hours "HH:MM". */
export interface SendWindow {
  days: number[];
  from: string;
  to: string;
}

/** Tuesday and Wednesday mornings: people have caught up after Monday and are not yet closing the week. */
export const DEFAULT_SEND_WINDOWS: readonly SendWindow[] = [{ days: [2, 3], from: "08:00", to: "12:00" }];

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export interface SendTimeInput {
  now: Date;
  /** The reader's zone; null when unknown (the user's zone is used, and the reason says so). */
  contactZone: string | null;
  userZone: string;
  windows?: readonly SendWindow[];
  holidays?: readonly string[];
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

function windowsText(windows: readonly SendWindow[]): string {
  return windows
    .map((w) => `${w.days.map((d) => WEEKDAYS[d - 1]).join(" or ")} ${w.from}–${w.to}`)
    .join("; ");
}

/** The first moment inside a send window that is not in the past; looks up to four weeks ahead. */
export function adviseSendTime(input: SendTimeInput): SendTimeAdvice {
  const windows = input.windows && input.windows.length > 0 ? input.windows : DEFAULT_SEND_WINDOWS;
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
  return { at: at.toJSDate(), reason: reasonFor(at, now, input, windows, holidays) };
}

function reasonFor(
  at: DateTime,
  now: DateTime,
  input: SendTimeInput,
  windows: readonly SendWindow[],
  holidays: readonly string[],
): string {
  const zone = input.contactZone ?? input.userZone;
  const place = zone.split("/").at(-1)?.replace(/_/g, " ") ?? zone;
  const when = at.hasSame(now, "day") ? "today" : `${WEEKDAYS[at.weekday - 1]} ${at.toFormat("d LLL")}`;
  const theirTime = `${when} at ${at.toFormat("HH:mm")} ${input.contactZone ? `their time (${place})` : "your time"}`;
  const mine = at.setZone(input.userZone);
  const yours =
    input.contactZone && input.contactZone !== input.userZone
      ? `, ${mine.toFormat("ccc HH:mm")} for you`
      : "";
  const isDefault = JSON.stringify(windows) === JSON.stringify(DEFAULT_SEND_WINDOWS);
  const why = isDefault
    ? "Mid-week mornings get the most replies: on Monday people catch up on their inbox, and from Thursday afternoon they are wrapping up the week, so Friday mail gets lost."
    : `It is inside your sending windows (${windowsText(windows)}).`;
  const unknownZone = input.contactZone
    ? ""
    : " Their time zone is not known, so this uses yours; add it to their contact for better advice.";
  const holiday = holidays.length > 0 && !isBusinessDay(at, holidays) ? " (a listed holiday)" : "";
  return `Send ${theirTime}${yours}${holiday}. ${why}${unknownZone}`;
}
