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

/**
 * What a message is for when nobody said: the first message out on a conversation still at
 * to-ask is the request; anything else is "other".
 */
export function impliedPurpose(direction: Direction, conversationStage: string | null): Purpose {
  return direction === "outbound" && conversationStage === "to-ask" ? "request" : "other";
}

/** Draft and sent are logged by hand; scheduled, sending and failed belong to the outbox. */
export const MESSAGE_STATUSES = ["draft", "scheduled", "sending", "sent", "failed"] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const INTERACTION_KINDS = ["meeting", "call", "message", "note", "event", "other"] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_DIRECTIONS = ["outbound", "inbound", "mutual"] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

// The shapes, declared once with their schemas.
export type { Interaction, Message } from "./message.schema.js";
