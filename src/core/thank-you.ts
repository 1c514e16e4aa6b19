import { endOfNextDay } from "./business-days.js";
import { conversationEnd } from "./conversation.js";

/**
 * A thank-you is due by the end of the day after the conversation, in my time zone.
 * Without a scheduled time, the conversation is taken to have ended when it was marked done.
 */
export function thankYouDueAt(input: {
  scheduledAt: string | null;
  durationMinutes: number | null;
  doneAt: string;
  userZone: string;
}): Date {
  const end = input.scheduledAt
    ? conversationEnd(input.scheduledAt, input.durationMinutes)
    : new Date(input.doneAt);
  const doneAt = new Date(input.doneAt);
  // Marked done before the planned end (it was cut short): count from the moment it was marked.
  const ended = end.getTime() > doneAt.getTime() ? doneAt : end;
  return endOfNextDay(ended, input.userZone);
}
