import type { AgendaItem } from "../api/types.js";
// The one-click actions an agenda item offers, by kind (and, for follow-ups, by step).

export type AgendaActionId =
  | "mark-thanked"
  | "log-nudge"
  | "they-replied"
  | "mark-no-response"
  | "mark-done"
  | "log-touch"
  | "task-done"
  | "open-conversation";

export interface AgendaAction {
  id: AgendaActionId;
  label: string;
}

const ACTIONS: Record<AgendaActionId, AgendaAction> = {
  "mark-thanked": { id: "mark-thanked", label: "Mark thanked" },
  "log-nudge": { id: "log-nudge", label: "Log nudge sent" },
  "they-replied": { id: "they-replied", label: "They replied" },
  "mark-no-response": { id: "mark-no-response", label: "Mark no response" },
  "mark-done": { id: "mark-done", label: "Mark done" },
  "log-touch": { id: "log-touch", label: "Log a touch" },
  "task-done": { id: "task-done", label: "Done" },
  "open-conversation": { id: "open-conversation", label: "Open conversation" },
};

/** The item's actions, the main one first. "Open conversation" only where the item has one. */
export function agendaActions(item: AgendaItem, now: Date): AgendaAction[] {
  const ids = ((): AgendaActionId[] => {
    switch (item.kind) {
      case "thank-you":
        return ["mark-thanked", "open-conversation"];
      case "follow-up":
        if (item.step === "let-go") return ["mark-no-response", "they-replied"];
        if (item.step === "check") return ["they-replied", "log-nudge"];
        return ["log-nudge", "they-replied"];
      case "meeting":
        // Done only once it has started; before that, the conversation page holds the preparation.
        return new Date(item.dueAt) <= now ? ["mark-done", "open-conversation"] : ["open-conversation"];
      case "prep":
        return ["open-conversation"];
      case "stay-in-touch":
        return ["log-touch"];
      case "give-back":
        // What was given is noted in the person's exchange ledger; until then it can be snoozed.
        return [];
      case "task":
        return ["task-done", "open-conversation"];
    }
  })();
  return ids
    .filter((id) => id !== "open-conversation" || item.conversationId !== null)
    .filter((id) => id !== "task-done" || item.taskId !== null)
    .map((id) => ACTIONS[id]);
}
