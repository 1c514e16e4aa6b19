// One scheduled conversation as a VEVENT on a calendar: local start in the user's zone, end, place, reminder.
import type { ICalCalendar } from "ical-generator";
import { ICalAlarmType, ICalAttendeeRole, ICalAttendeeStatus, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { type Conversation, DEFAULT_DURATION_MINUTES } from "../core/conversation.js";
import { END_STAGES } from "../core/stages.js";
import {
  conversationDescription,
  conversationLink,
  conversationSummary,
  placeLink,
} from "./ical-conversation-text.js";
import { isRepeatedLocalTime } from "./ical-vtimezone.js";

export const DEFAULT_REMINDER_MINUTES = 30;

export interface ConversationEventInput {
  conversation: Conversation;
  /** Added as the attendee to invite. */
  contactEmail?: string | null;
  /** The user's name: the organiser's CN with organizerEmail, else a line of the description. */
  organizerName?: string;
  /** The user's address; ORGANIZER needs one. */
  organizerEmail?: string | null;
  /** IANA zone the start is written in (TZID). */
  userZone: string;
  /** Minutes before the start for a display alarm; 30 by default, null for none. */
  reminderMinutes?: number | null;
  /** The app's base address, for a link to the conversation. */
  appUrl?: string;
}

/** The UID of a conversation's event: the same for every export, so calendars update rather than duplicate. */
export function conversationEventUid(conversationId: string): string {
  return `conversation-${conversationId}@coffeechat`;
}

/** When the conversation starts, in the user's zone; throws when it is not scheduled. */
export function conversationStart(conversation: Conversation, userZone: string): DateTime {
  if (!conversation.scheduledAt) throw new Error(`Conversation ${conversation.id} has no scheduled time.`);
  const start = DateTime.fromISO(conversation.scheduledAt, { zone: userZone });
  if (!start.isValid)
    throw new RangeError(`Bad start or time zone: ${start.invalidExplanation ?? start.invalidReason}`);
  return start;
}

export function addConversationEvent(calendar: ICalCalendar, input: ConversationEventInput): void {
  const { conversation, userZone } = input;
  const start = conversationStart(conversation, userZone);
  const end = start.plus({ minutes: conversation.durationMinutes ?? DEFAULT_DURATION_MINUTES });
  // In the hour that repeats when clocks go back a local time names two instants: write UTC there instead.
  const ambiguous = isRepeatedLocalTime(start) || isRepeatedLocalTime(end);
  const link = placeLink(conversation.place);
  const summary = conversationSummary(conversation);
  const organizer = input.organizerEmail
    ? { name: input.organizerName?.trim() || input.organizerEmail, email: input.organizerEmail }
    : null;
  const event = calendar.createEvent({
    id: conversationEventUid(conversation.id),
    start,
    end,
    timezone: ambiguous ? null : userZone,
    stamp: new Date(conversation.updatedAt),
    lastModified: new Date(conversation.updatedAt),
    summary,
    location: conversation.place?.trim() || null,
    url: link ?? (input.appUrl ? conversationLink(input.appUrl, conversation.id) : null),
    description: conversationDescription({
      conversation,
      organizerName: organizer ? undefined : input.organizerName,
      appUrl: input.appUrl,
    }),
    status: END_STAGES.includes(conversation.stage) ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer,
  });
  if (input.contactEmail) {
    event.createAttendee({
      email: input.contactEmail,
      name: conversation.contactName,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    });
  }
  const reminder = input.reminderMinutes === undefined ? DEFAULT_REMINDER_MINUTES : input.reminderMinutes;
  if (reminder !== null) {
    event.createAlarm({ type: ICalAlarmType.display, trigger: reminder * 60, description: summary });
  }
}
