// A conversation's story in order: its stage moves, the messages about it, and the replies they got.
import type { Stage } from "../../core/stages.js";
import type { Message, StageEvent } from "../api/types.js";

export type TimelineEntry =
  | { type: "stage"; key: string; at: string; from: Stage | null; to: Stage; note: string }
  | { type: "message"; key: string; at: string; message: Message }
  | { type: "reply"; key: string; at: string; message: Message };

/**
 * Oldest first; a message's reply is its own entry at the time it came. Messages still in the outbox
 * (scheduled, sending, failed) stand at the time they are due. Drafts are left out.
 */
export function buildTimeline(history: readonly StageEvent[], messages: readonly Message[]): TimelineEntry[] {
  const entries: TimelineEntry[] = history.map((event, index) => ({
    type: "stage",
    key: `stage-${index}`,
    at: event.at,
    from: event.from,
    to: event.to,
    note: event.note,
  }));
  for (const message of messages) {
    if (message.status === "draft") continue;
    const at =
      message.status === "sent"
        ? (message.sentAt ?? message.createdAt)
        : (message.nextAttemptAt ?? message.scheduledAt ?? message.createdAt);
    entries.push({ type: "message", key: `message-${message.id}`, at, message });
    if (message.repliedAt) {
      entries.push({ type: "reply", key: `reply-${message.id}`, at: message.repliedAt, message });
    }
  }
  // Stable: a message logged at the same moment as the move it caused comes first.
  const rank = (entry: TimelineEntry) => (entry.type === "stage" ? 1 : entry.type === "message" ? 0 : 2);
  return entries.sort((a, b) => a.at.localeCompare(b.at) || rank(a) - rank(b));
}

const PURPOSE_TEXT: Record<Message["purpose"], string> = {
  request: "Request sent",
  "follow-up": "Follow-up sent",
  "thank-you": "Thank-you sent",
  "stay-in-touch": "Update sent",
  "intro-request": "Introduction asked for",
  other: "Message sent",
};

const CHANNEL_TEXT: Record<Message["channel"], string> = {
  email: "by e-mail",
  linkedin: "on LinkedIn",
  phone: "by phone",
  other: "",
};

const PURPOSE_NOUN: Record<Message["purpose"], string> = {
  request: "Request",
  "follow-up": "Follow-up",
  "thank-you": "Thank-you",
  "stay-in-touch": "Update",
  "intro-request": "Introduction request",
  other: "Message",
};

const PENDING_TEXT: Partial<Record<Message["status"], string>> = {
  scheduled: "scheduled",
  sending: "being sent",
  failed: "could not be sent",
};

/** "Request sent by e-mail", "Request scheduled by e-mail", "Message received" for an inbound one. */
export function messageTitle(message: Message): string {
  if (message.direction === "inbound") return `Message received ${CHANNEL_TEXT[message.channel]}`.trim();
  const pending = PENDING_TEXT[message.status];
  const title = pending ? `${PURPOSE_NOUN[message.purpose]} ${pending}` : PURPOSE_TEXT[message.purpose];
  return `${title} ${CHANNEL_TEXT[message.channel]}`.trim();
}

/** The stages in which a conversation waits for an answer (a late reply also revives a no-response). */
export const WAITING_STAGES: readonly Stage[] = ["asked", "no-response"];

/** Whether a message is one I am waiting for an answer to: an outbound ask, sent, with no reply yet. */
export function awaitsReply(message: Message): boolean {
  return (
    message.direction === "outbound" &&
    message.status === "sent" &&
    !message.repliedAt &&
    (message.purpose === "request" || message.purpose === "follow-up" || message.purpose === "intro-request")
  );
}
