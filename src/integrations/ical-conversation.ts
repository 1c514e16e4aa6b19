// One conversation as an .ics file to add to a calendar or attach to an invitation.

import { newCalendar } from "./ical-calendar.js";
import {
  addConversationEvent,
  type ConversationEventInput,
  conversationStart,
} from "./ical-conversation-event.js";

/**
 * A VCALENDAR with one VEVENT: UID from the conversation id, DTSTART/DTEND with TZID = the user's zone and
 * its VTIMEZONE, summary by format, place (or URL for a link), prep notes, a display alarm, DTSTAMP = when the
 * conversation was last changed. Throws when the conversation has no scheduled time or the zone is unknown.
 */
export function conversationToICalendar(input: ConversationEventInput): string {
  const start = conversationStart(input.conversation, input.userZone).toJSDate();
  const calendar = newCalendar({ from: start, to: start });
  addConversationEvent(calendar, input);
  return `${calendar.toString()}\r\n`;
}
