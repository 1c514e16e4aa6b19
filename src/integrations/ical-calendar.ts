// A calendar with coffeechat's PRODID whose TZID zones come with their VTIMEZONE definitions.
import { ICalCalendar } from "ical-generator";
import { type TimeZoneWindow, vtimezone } from "./ical-vtimezone.js";

/**
 * The calendar's own time zone stays unset, so DTSTAMP and other UTC values keep their "Z"; events name
 * their zone (TZID) and ical-generator adds one VTIMEZONE per zone, covering `window`.
 */
export function newCalendar(window: TimeZoneWindow, name?: string): ICalCalendar {
  return new ICalCalendar({
    prodId: { company: "coffeechat", product: "coffeechat", language: "EN" },
    ...(name ? { name } : {}),
    timezone: { name: null, generator: (zone: string) => vtimezone(zone, window) },
  });
}
