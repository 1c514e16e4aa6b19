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

/** The messages a conversation page offers to write or log. */
export const LOGGED_PURPOSES = ["request", "follow-up", "thank-you", "stay-in-touch", "other"] as const;
export type LoggedPurpose = (typeof LOGGED_PURPOSES)[number];

interface SentOrAnswered {
  purpose: Purpose;
  direction: Direction;
  status: MessageStatus;
  repliedAt: string | null;
}

/**
 * The message a conversation calls for next (`main`) and the other kinds one may log: a request
 * before asking, a nudge while waiting for an answer (never once they replied), a thank-you after.
 */
export function offeredPurposes(
  stage: string,
  messages: readonly SentOrAnswered[],
): { main: LoggedPurpose; others: LoggedPurpose[] } {
  const requested = messages.some((m) => m.purpose === "request" && m.status === "sent");
  const answered = messages.some((m) => m.repliedAt !== null || m.direction === "inbound");
  const main: LoggedPurpose =
    stage === "idea" || stage === "to-ask"
      ? "request"
      : stage === "asked"
        ? !requested
          ? "request"
          : answered
            ? "other"
            : "follow-up"
        : stage === "done"
          ? "thank-you"
          : stage === "thanked" || stage === "keeping-in-touch"
            ? "stay-in-touch"
            : "other";
  const others = LOGGED_PURPOSES.filter((p) => p !== main && !(answered && p === "follow-up"));
  return { main, others };
}

// The shapes, declared once with their schemas.
export type { Interaction, Message } from "./message.schema.js";
