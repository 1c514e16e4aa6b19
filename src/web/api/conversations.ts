// Typed calls to /api/conversations.
import type { Conversation, StageEvent } from "../../core/conversation.js";
import type { Message } from "../../core/message.js";
import type { Page } from "../../core/page.js";
import type { Stage } from "../../core/stages.js";
import type {
  ConversationCreateInput,
  ConversationUpdateInput,
  StageMoveInput,
} from "../../services/conversations.input.js";
import { request } from "./http.js";

export type { ConversationCreateInput, ConversationUpdateInput, StageMoveInput };

/** One conversation with how it got where it is: its stage moves (oldest first) and messages. */
export interface ConversationDetail extends Conversation {
  history: StageEvent[];
  messages: Message[];
}

export interface ConversationListParams {
  stage?: readonly Stage[];
  contactId?: string;
  limit?: number;
  cursor?: string;
}

export function listConversations(
  params: ConversationListParams,
  signal?: AbortSignal,
): Promise<Page<Conversation>> {
  const { stage, ...rest } = params;
  return request("GET", "/conversations", {
    query: { ...rest, stage: stage && stage.length > 0 ? stage.join(",") : undefined },
    signal,
  });
}

export function getConversation(id: string, signal?: AbortSignal): Promise<ConversationDetail> {
  return request("GET", `/conversations/${encodeURIComponent(id)}`, { signal });
}

export function createConversation(input: ConversationCreateInput): Promise<Conversation> {
  return request("POST", "/conversations", { body: input });
}

export function updateConversation(id: string, input: ConversationUpdateInput): Promise<Conversation> {
  return request("PATCH", `/conversations/${encodeURIComponent(id)}`, { body: input });
}

/** Moves a conversation to another stage; a move the rules refuse answers 409 `stage_not_allowed`. */
export function moveConversation(id: string, input: StageMoveInput): Promise<Conversation> {
  return request("POST", `/conversations/${encodeURIComponent(id)}/stage`, { body: input });
}
