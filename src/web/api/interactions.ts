// Typed calls to /api/interactions: any dated touch with a contact (it resets stay-in-touch, stops follow-ups).
import type { Interaction } from "../../core/message.js";
import type { InteractionCreateInput } from "../../services/messages.input.js";
import { request } from "./http.js";

export type { InteractionCreateInput };

export function createInteraction(input: InteractionCreateInput): Promise<Interaction> {
  return request("POST", "/interactions", { body: input });
}
