// Typed calls to the exchange ledger: what I received from someone, what I gave them, what they need.
import type { Exchange, ExchangeInput, ExchangeLedger } from "../../services/exchanges.service.js";
import { request } from "./http.js";

export type { Exchange, ExchangeInput, ExchangeLedger };

export function getLedger(contactId: string, signal?: AbortSignal): Promise<ExchangeLedger> {
  return request("GET", `/contacts/${encodeURIComponent(contactId)}/exchanges`, { signal });
}

export function addExchange(contactId: string, input: ExchangeInput): Promise<Exchange> {
  return request("POST", `/contacts/${encodeURIComponent(contactId)}/exchanges`, { body: input });
}

export function deleteExchange(id: string): Promise<void> {
  return request("DELETE", `/exchanges/${encodeURIComponent(id)}`);
}
