// A VTIMEZONE component for an IANA zone, built from the runtime's time zone data with luxon, so that
// calendar apps which read the definition (rather than their own database) turn TZID times into the right UTC.
import { DateTime } from "luxon";

export interface TimeZoneWindow {
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;

/**
 * The zone's offsets from 1 January of the year before `from` to 31 December of the year after `to`: one
 * observance for the offset in force at the start, then one per change (DST and rule changes alike), each
 * with its exact onset. Throws RangeError for a zone this runtime does not know.
 */
export function vtimezone(zone: string, window: TimeZoneWindow): string {
  const start = DateTime.fromJSDate(window.from, { zone }).minus({ years: 1 }).startOf("year");
  if (!start.isValid) throw new RangeError(`Unknown time zone: ${zone}`);
  const end = DateTime.fromJSDate(window.to, { zone }).plus({ years: 1 }).endOf("year").toMillis();
  const lines = [`BEGIN:VTIMEZONE`, `TZID:${zone}`, ...observance(start, start.offset)];
  let before = start.toMillis();
  for (let after = before + DAY_MS; before < end; before = after, after += DAY_MS) {
    const onset = offsetChange(zone, before, after);
    if (onset !== null) {
      const instant = DateTime.fromMillis(onset, { zone });
      lines.push(...observance(instant, offsetAt(zone, onset - 1000)));
    }
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

/** One STANDARD or DAYLIGHT block; DTSTART is the local time of the onset, read in the offset before it. */
function observance(onset: DateTime, offsetFrom: number): string[] {
  const kind = onset.isInDST ? "DAYLIGHT" : "STANDARD";
  const localStart = onset.toUTC().plus({ minutes: offsetFrom }).toFormat("yyyyLLdd'T'HHmmss");
  const name = abbreviation(onset);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStart}`,
    `TZOFFSETFROM:${formatOffset(offsetFrom)}`,
    `TZOFFSETTO:${formatOffset(onset.offset)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

function offsetAt(zone: string, millis: number): number {
  return DateTime.fromMillis(millis, { zone }).offset;
}

/** The first second in (before, after] with a new offset, or null when the offset stays the same. */
function offsetChange(zone: string, before: number, after: number): number | null {
  const offsetBefore = offsetAt(zone, before);
  if (offsetAt(zone, after) === offsetBefore) return null;
  let low = before;
  let high = after;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetAt(zone, middle) === offsetBefore) low = middle;
    else high = middle;
  }
  return high;
}

/** "+0100", "-0430", "+0545"; "+055328" for a zone's old local mean time (RFC 5545 has no fractions). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const seconds = Math.round(Math.abs(minutes) * 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  const hhmm = `${pad(Math.floor(seconds / 3600))}${pad(Math.floor(seconds / 60) % 60)}`;
  return `${sign}${hhmm}${seconds % 60 === 0 ? "" : pad(seconds % 60)}`;
}

/** "CET", "PDT" where the runtime knows a letter abbreviation; null for "GMT+1"-style names. */
function abbreviation(instant: DateTime): string | null {
  for (const locale of ["en-US", "en-GB"]) {
    const name = instant.setLocale(locale).offsetNameShort;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return null;
}

/**
 * Whether the wall-clock time of this instant happens twice in its zone (the hour repeated when clocks go
 * back). A TZID time there is ambiguous (RFC 5545 means the first; some readers take the second).
 */
export function isRepeatedLocalTime(instant: DateTime): boolean {
  const wall = (time: DateTime) => time.toFormat("yyyyLLdd'T'HHmmss");
  return [30, 60, 120].some(
    (minutes) =>
      wall(instant.minus({ minutes })) === wall(instant) || wall(instant.plus({ minutes })) === wall(instant),
  );
}
