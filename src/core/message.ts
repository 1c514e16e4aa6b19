export const CHANNELS = ["email", "linkedin", "phone", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

export const PURPOSES = [
  "request",
  "follow-up",
  "thank-you",
  "stay-in-touch",
  "intro-request",
  "other",
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const DIRECTIONS = ["outbound", "inbound"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Draft and sent are logged by hand; scheduled, sending and failed belong to the outbox. */
export const MESSAGE_STATUSES = ["draft", "scheduled", "sending", "sent", "failed"] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export interface Message {
  id: string;
  contactId: string;
  conversationId: string | null;
  channel: Channel;
  purpose: Purpose;
  direction: Direction;
  subject: string;
  body: string;
  status: MessageStatus;
  scheduledAt: string | null;
  sentAt: string | null;
  repliedAt: string | null;
  /** The address the outbox sends to; null for messages logged by hand. */
  to: string | null;
  templateId: string | null;
  /** Sending attempts so far, and why the last one failed. */
  attempts: number;
  lastError: string | null;
  /** When the outbox tries next (scheduled messages; later after a failed try). */
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const INTERACTION_KINDS = ["meeting", "call", "message", "note", "event", "other"] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_DIRECTIONS = ["outbound", "inbound", "mutual"] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

/** Any dated touch with a person. */
export interface Interaction {
  id: string;
  contactId: string;
  conversationId: string | null;
  messageId: string | null;
  kind: InteractionKind;
  direction: InteractionDirection;
  occurredAt: string;
  summary: string;
  createdAt: string;
}
