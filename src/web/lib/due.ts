// When an agenda item is due, in words: "due today", "2 days overdue", "tomorrow at 10:00".

import type { AgendaItem } from "../api/types.js";
import { dateInZone, dateTimeFormat, daysBetween, timeOfDay } from "./datetime.js";

export type DueTone = "overdue" | "today" | "soon";

export interface DueLabel {
  text: string;
  tone: DueTone;
}

const weekday = (iso: string, timeZone: string) =>
  dateTimeFormat({ weekday: "long", timeZone }).format(new Date(iso));

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Words for when an item is due, from today's date in the user's zone. */
export function dueLabel(
  item: Pick<AgendaItem, "kind" | "dueAt" | "overdue">,
  now: Date,
  timeZone: string,
): DueLabel {
  const days = daysBetween(dateInZone(now, timeZone), dateInZone(new Date(item.dueAt), timeZone));
  const time = timeOfDay(item.dueAt, timeZone);
  if (item.kind === "meeting") {
    if (days === 0) return { text: `today at ${time}`, tone: item.overdue ? "overdue" : "today" };
    if (days === -1) return { text: `yesterday at ${time}`, tone: "overdue" };
    if (days < 0) return { text: `${plural(-days, "day")} ago`, tone: "overdue" };
    if (days === 1) return { text: `tomorrow at ${time}`, tone: "soon" };
    if (days < 7) return { text: `${weekday(item.dueAt, timeZone)} at ${time}`, tone: "soon" };
    return { text: `in ${plural(days, "day")}`, tone: "soon" };
  }
  if (item.overdue) {
    if (days >= 0) return { text: `overdue since ${time}`, tone: "overdue" };
    return { text: `${plural(-days, "day")} overdue`, tone: "overdue" };
  }
  if (days <= 0) return { text: "due today", tone: "today" };
  if (days === 1) return { text: "due tomorrow", tone: "soon" };
  if (days < 7) return { text: `due ${weekday(item.dueAt, timeZone)}`, tone: "soon" };
  return { text: `due in ${plural(days, "day")}`, tone: "soon" };
}
