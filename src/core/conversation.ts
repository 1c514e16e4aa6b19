export const CONVERSATION_KINDS = ["person", "industry", "company", "programme", "coworker"] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const KIND_LABELS: Record<ConversationKind, string> = {
  person: "About their path",
  industry: "About an industry or field",
  company: "About a company or group",
  programme: "About a programme",
  coworker: "With a coworker",
};

export const FORMATS = ["phone", "video", "coffee", "lunch", "in-person", "other"] as const;
export type ConversationFormat = (typeof FORMATS)[number];

export const FORMAT_LABELS: Record<ConversationFormat, string> = {
  phone: "Phone call",
  video: "Video call",
  coffee: "Coffee",
  lunch: "Lunch",
  "in-person": "In person",
  other: "Other",
};

export const DEFAULT_DURATION_MINUTES = 30;

export type { Conversation, StageEvent } from "./conversation.schema.js";

/** When a conversation ends: its start plus its length (30 minutes unless said). */
export function conversationEnd(scheduledAt: string, durationMinutes: number | null): Date {
  return new Date(new Date(scheduledAt).getTime() + (durationMinutes ?? DEFAULT_DURATION_MINUTES) * 60_000);
}
