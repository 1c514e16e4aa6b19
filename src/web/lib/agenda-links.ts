import type { AgendaItem } from "../api/types.js";
// Where an agenda item of preparation or giving back leads: the prep sheet, or the person's ledger.

export interface AgendaLink {
  to: string;
  label: string;
  /** The item's main action (shown first and filled). */
  primary: boolean;
}

export function agendaLink(item: AgendaItem, now: Date): AgendaLink | null {
  switch (item.kind) {
    case "prep":
      return item.conversationId
        ? { to: `/conversations/${item.conversationId}/prep`, label: "Open the prep sheet", primary: true }
        : null;
    case "meeting":
      // Before it starts, the prep sheet; once started, conversation mode.
      if (!item.conversationId) return null;
      return new Date(item.dueAt) <= now
        ? { to: `/conversations/${item.conversationId}/live`, label: "Conversation mode", primary: false }
        : { to: `/conversations/${item.conversationId}/prep`, label: "Prep sheet", primary: false };
    case "give-back":
      return item.contactId
        ? { to: `/contacts/${item.contactId}#exchanges`, label: "What could I give?", primary: true }
        : null;
    default:
      return null;
  }
}
