// Typed calls to /api/messages: requests, nudges and thank-yous, sent from here or logged after the fact.
import type { Message } from "../../core/message.js";
import type { MessageCreateInput, MessageUpdateInput } from "../../services/messages.input.js";
import { request } from "./http.js";

export type { MessageCreateInput, MessageUpdateInput };

export function createMessage(input: MessageCreateInput): Promise<Message> {
  return request("POST", "/messages", { body: input });
}

export function updateMessage(id: string, input: MessageUpdateInput): Promise<Message> {
  return request("PATCH", `/messages/${encodeURIComponent(id)}`, { body: input });
}

export function listMessages(
  params: { contactId?: string; conversationId?: string },
  signal?: AbortSignal,
): Promise<{ items: Message[] }> {
  return request("GET", "/messages", { query: { ...params }, signal });
}
