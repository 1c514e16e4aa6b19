// The outbox as the user reads it: what each message is waiting for, in which order, and how often
// to look again.
import type { MessageStatus } from "../../core/message.js";
import type { Message } from "../api/types.js";

/** What the outbox holds: messages waiting for their time, on their way, or that could not be sent. */
export const OUTBOX_STATUSES: readonly MessageStatus[] = ["scheduled", "sending", "failed"];

/** Look again this often while a message is on its way or due within the minute. */
export const FAST_REFRESH_MS = 3_000;
/** …and this often while something is scheduled later (so a time passing shows). */
export const SLOW_REFRESH_MS = 30_000;

/** When the outbox sends (or tries again): the next attempt, else the scheduled time. */
export function dueAt(message: Pick<Message, "nextAttemptAt" | "scheduledAt" | "createdAt">): string {
  return message.nextAttemptAt ?? message.scheduledAt ?? message.createdAt;
}

/** How long until the outbox list should be asked again; false when nothing in it can change by itself. */
export function outboxRefreshMs(messages: readonly Message[], now: Date): number | false {
  let scheduled = false;
  for (const message of messages) {
    if (message.status === "sending") return FAST_REFRESH_MS;
    if (message.status === "scheduled") {
      if (new Date(dueAt(message)).getTime() - now.getTime() <= 60_000) return FAST_REFRESH_MS;
      scheduled = true;
    }
  }
  return scheduled ? SLOW_REFRESH_MS : false;
}

const STATUS_RANK: Record<MessageStatus, number> = { failed: 0, sending: 1, scheduled: 2, draft: 3, sent: 4 };

/** Failed first (they need me), then those on their way, then the scheduled ones soonest first. */
export function sortOutbox(messages: readonly Message[]): Message[] {
  return [...messages].sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      dueAt(a).localeCompare(dueAt(b)) ||
      a.id.localeCompare(b.id),
  );
}

export const STATUS_LABELS: Record<MessageStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  sending: "Sending",
  sent: "Sent",
  failed: "Not sent",
};

export const STATUS_COLORS: Record<MessageStatus, string> = {
  draft: "gray",
  scheduled: "blue",
  sending: "coffee",
  sent: "green",
  failed: "red",
};
