// A conversation's story in order: its stage moves, the messages about it, and the replies they got.
import type { StageEvent } from "../../core/conversation.js";
import type { Message } from "../../core/message.js";
import type { Stage } from "../../core/stages.js";

export type TimelineEntry =
  | { type: "stage"; key: string; at: string; from: Stage | null; to: Stage; note: string }
  | { type: "message"; key: string; at: string; message: Message }
  | { type: "reply"; key: string; at: string; message: Message };

/** Oldest first; a message's reply is its own entry at the time it came. Drafts are left out. */
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
    const at = message.sentAt ?? message.createdAt;
    if (message.status !== "sent") continue;
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

/** "Request sent by e-mail", "Reply received" for an inbound message. */
export function messageTitle(message: Message): string {
  if (message.direction === "inbound") return `Message received ${CHANNEL_TEXT[message.channel]}`.trim();
  return `${PURPOSE_TEXT[message.purpose]} ${CHANNEL_TEXT[message.channel]}`.trim();
}
