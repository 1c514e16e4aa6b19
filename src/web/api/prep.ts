// Typed calls for preparing a conversation: its prep sheet and its question list.
import type { PrepSheet } from "../../core/prep-sheet.js";
import type {
  ConversationQuestionItem,
  ConversationQuestions,
  ConversationQuestionsInput,
} from "../../services/conversation-questions.service.js";
import { request } from "./http.js";

export type { ConversationQuestionItem, ConversationQuestions, ConversationQuestionsInput, PrepSheet };

export function getPrepSheet(conversationId: string, signal?: AbortSignal): Promise<PrepSheet> {
  return request("GET", `/conversations/${encodeURIComponent(conversationId)}/prep`, { signal });
}

/** The address of the prep sheet as Markdown, to download. */
export function prepSheetMarkdownUrl(conversationId: string): string {
  return `/api/conversations/${encodeURIComponent(conversationId)}/prep?format=md`;
}

/** The saved list, or (saved: false) the bank's proposal for this conversation. */
export function getConversationQuestions(
  conversationId: string,
  signal?: AbortSignal,
): Promise<ConversationQuestions> {
  return request("GET", `/conversations/${encodeURIComponent(conversationId)}/questions`, { signal });
}

/** Saves the whole list in order (an empty list goes back to the proposal). */
export function saveConversationQuestions(
  conversationId: string,
  input: ConversationQuestionsInput,
): Promise<ConversationQuestions> {
  return request("PUT", `/conversations/${encodeURIComponent(conversationId)}/questions`, { body: input });
}
