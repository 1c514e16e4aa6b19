// Typed call to /api/contacts/:id/send-time: the next good moment to write to someone, and why.
import { request } from "./http.js";

export interface SendTimeAdvice {
  at: string;
  reason: string;
}

export function getSendTime(contactId: string, signal?: AbortSignal): Promise<SendTimeAdvice> {
  return request("GET", `/contacts/${encodeURIComponent(contactId)}/send-time`, { signal });
}
