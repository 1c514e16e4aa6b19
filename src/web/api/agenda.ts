// Typed calls to /api/agenda: today's work, and putting an item off.
import type { Agenda } from "../../core/agenda.js";
import { request } from "./http.js";

export function getAgenda(signal?: AbortSignal): Promise<Agenda> {
  return request("GET", "/agenda", { signal });
}

/** Hides an item until a moment (tomorrow 08:00 the user's time when omitted). */
export function snoozeAgendaItem(key: string, until?: string): Promise<{ key: string; until: string }> {
  return request("POST", "/agenda/snooze", { body: until ? { key, until } : { key } });
}
