// The subscribable calendar feed: scheduled conversations as timed events, due tasks as all-day events.

import { ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";
import type { Conversation } from "../core/conversation.js";
import { END_STAGES } from "../core/stages.js";
import type { Task } from "../core/task.js";
import { isInYearRange } from "../core/year-range.js";
import { newCalendar } from "./ical-calendar.js";
import { addConversationEvent } from "./ical-conversation-event.js";

export interface FeedConversation {
  conversation: Conversation;
  contactEmail?: string | null;
}

export type FeedTask = Pick<Task, "id" | "title" | "dueAt"> &
  Partial<Pick<Task, "notes" | "done" | "contactName" | "updatedAt">>;

export interface CalendarFeedInput {
  events: readonly FeedConversation[];
  tasks: readonly FeedTask[];
  /** The calendar's name in the subscriber's app (X-WR-CALNAME). */
  name: string;
  userZone: string;
  now: Date;
  appUrl?: string;
  reminderMinutes?: number | null;
}

/** How often subscribers should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

/**
 * A VCALENDAR for subscription. Conversations with a time that are not archived, declined, cancelled or
 * unanswered become VEVENTs (TZID = the user's zone, with its VTIMEZONE). Open tasks with a due date become
 * all-day VEVENTs on that day in the user's zone, marked free (TRANSP:TRANSPARENT): Google Calendar, Outlook
 * and Apple Calendar show subscribed events but ignore VTODOs.
 */
export function calendarFeed(input: CalendarFeedInput): string {
  const scheduled = input.events.filter(
    ({ conversation }) =>
      conversation.scheduledAt !== null &&
      isInYearRange(conversation.scheduledAt) &&
      !conversation.archived &&
      !END_STAGES.includes(conversation.stage),
  );
  const due = input.tasks.filter(
    (task) => task.dueAt !== null && isInYearRange(task.dueAt) && task.done !== true,
  );
  const times = [
    input.now.getTime(),
    ...scheduled.map(({ conversation }) => Date.parse(conversation.scheduledAt ?? "")),
  ].filter((time) => !Number.isNaN(time));
  const calendar = newCalendar(
    { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) },
    input.name,
  );
  calendar.ttl(REFRESH_SECONDS);
  calendar.x([["X-WR-TIMEZONE", input.userZone]]);
  for (const { conversation, contactEmail } of scheduled) {
    addConversationEvent(calendar, {
      conversation,
      contactEmail: contactEmail ?? null,
      userZone: input.userZone,
      appUrl: input.appUrl,
      reminderMinutes: input.reminderMinutes,
    });
  }
  for (const task of due) {
    const day = DateTime.fromISO(task.dueAt ?? "", { zone: input.userZone }).startOf("day");
    if (!day.isValid) continue;
    calendar.createEvent({
      id: `task-${task.id}@coffeechat`,
      allDay: true,
      start: day,
      end: day.plus({ days: 1 }),
      stamp: task.updatedAt ? new Date(task.updatedAt) : input.now,
      summary: task.contactName ? `To do: ${task.title} (${task.contactName})` : `To do: ${task.title}`,
      description: task.notes?.trim() || null,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return `${calendar.toString()}\r\n`;
}
