export const TASK_KINDS = ["promise", "prep", "follow-up", "thank-you", "stay-in-touch", "other"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Something I have to do: often a promise made in a conversation ("send them the paper"). */
export interface Task {
  id: string;
  kind: TaskKind;
  title: string;
  notes: string;
  dueAt: string | null;
  done: boolean;
  doneAt: string | null;
  contactId: string | null;
  contactName: string | null;
  conversationId: string | null;
  createdAt: string;
  updatedAt: string;
}
