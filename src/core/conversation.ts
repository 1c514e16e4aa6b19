import type { Stage } from "./stages.js";

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

export interface StageEvent {
  from: Stage | null;
  to: Stage;
  at: string;
  note: string;
}

/** One informational interview, from idea to staying in touch. */
export interface Conversation {
  id: string;
  contactId: string;
  contactName: string;
  organization: string | null;
  kind: ConversationKind;
  stage: Stage;
  stageChangedAt: string;
  /** Where it may go next. */
  allowedMoves: Stage[];
  format: ConversationFormat | null;
  scheduledAt: string | null;
  durationMinutes: number | null;
  place: string | null;
  goalIds: string[];
  prep: string;
  notes: string;
  insights: string;
  thankYouSentAt: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** When a conversation ends: its start plus its length (30 minutes unless said). */
export function conversationEnd(scheduledAt: string, durationMinutes: number | null): Date {
  return new Date(new Date(scheduledAt).getTime() + (durationMinutes ?? DEFAULT_DURATION_MINUTES) * 60_000);
}
