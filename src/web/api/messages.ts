// Typed calls to /api/messages: requests, nudges and thank-yous, sent from here or logged after the fact.
import type { Message, MessageStatus } from "../../core/message.js";
import type { MessageCreateInput, MessageUpdateInput } from "../../services/messages.input.js";
import { request } from "./http.js";

export type { MessageCreateInput, MessageUpdateInput };

/** What the outbox holds: messages waiting for their time, on their way, or that could not be sent. */
export const OUTBOX_STATUSES: readonly MessageStatus[] = ["scheduled", "sending", "failed"];

export function createMessage(input: MessageCreateInput): Promise<Message> {
  return request("POST", "/messages", { body: input });
}

export function updateMessage(id: string, input: MessageUpdateInput): Promise<Message> {
  return request("PATCH", `/messages/${encodeURIComponent(id)}`, { body: input });
}

/** Takes a scheduled or failed message out of the outbox (409 once it is being sent). */
export function deleteMessage(id: string): Promise<void> {
  return request("DELETE", `/messages/${encodeURIComponent(id)}`);
}

export interface MessageListParams {
  contactId?: string;
  conversationId?: string;
  status?: readonly MessageStatus[];
  limit?: number;
}

export function listMessages(params: MessageListParams, signal?: AbortSignal): Promise<{ items: Message[] }> {
  const { status, ...rest } = params;
  return request("GET", "/messages", {
    query: { ...rest, status: status && status.length > 0 ? status.join(",") : undefined },
    signal,
  });
}
