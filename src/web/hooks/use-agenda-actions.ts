// What each one-click action on the agenda does: the API call, the item leaving, and a toast (with Undo where cheap).
import { useNavigate } from "react-router";
import type { AgendaItem } from "../api/types.js";
import type { AgendaActionId } from "../lib/agenda-actions.js";
import { useToast } from "../lib/toast-context.js";
import { snoozeAgendaItem, useRemoveAgendaItem, useSnooze } from "./agenda.js";
import { useMoveConversation } from "./conversations.js";
import { useLogInteraction } from "./interactions.js";
import { useLogMessage } from "./messages.js";
import { usePracticeChanged } from "./practice.js";
import { useUpdateTask } from "./tasks.js";

const UNDO_SNOOZE_MS = 1500;

export type SnoozeChoice = "tomorrow" | "next-week";

function need(value: string | null, what: string): string {
  if (!value) throw new Error(`This item has no ${what}.`);
  return value;
}

export function useAgendaActions(nextWeek: () => string) {
  const navigate = useNavigate();
  const toast = useToast();
  const remove = useRemoveAgendaItem();
  const changed = usePracticeChanged();
  const move = useMoveConversation();
  const logMessage = useLogMessage();
  const logInteraction = useLogInteraction();
  const updateTask = useUpdateTask();
  const snooze = useSnooze();

  const who = (item: AgendaItem) => item.contactName ?? "them";
  const openConversation = (item: AgendaItem) =>
    item.conversationId ? () => navigate(`/conversations/${item.conversationId}`) : undefined;

  /** Runs an action; on success the item leaves the agenda. Errors are shown, and the item stays. */
  async function run(item: AgendaItem, action: AgendaActionId): Promise<void> {
    try {
      switch (action) {
        case "open-conversation":
          navigate(`/conversations/${need(item.conversationId, "conversation")}`);
          return;
        case "mark-thanked":
          await move.mutateAsync({
            id: need(item.conversationId, "conversation"),
            move: { stage: "thanked" },
          });
          remove(item.key);
          toast({ message: `${who(item)} is thanked. That is what keeps a network warm.` });
          return;
        case "mark-done": {
          await move.mutateAsync({ id: need(item.conversationId, "conversation"), move: { stage: "done" } });
          remove(item.key);
          const open = openConversation(item);
          toast({
            message: `Conversation with ${who(item)} done. Note what you learned, and thank them within a day.`,
            action: open ? { label: "Add notes", onClick: open } : undefined,
            duration: 8000,
          });
          return;
        }
        case "mark-no-response":
          await move.mutateAsync({
            id: need(item.conversationId, "conversation"),
            move: { stage: "no-response" },
          });
          remove(item.key);
          toast({
            message: `Let go of ${who(item)}. Silence is not personal; someone else will say yes.`,
            color: "gray",
            action: { label: "Ask someone else", onClick: () => navigate("/conversations/new") },
          });
          return;
        case "log-nudge":
          await logMessage.mutateAsync({
            contactId: need(item.contactId, "contact"),
            conversationId: item.conversationId ?? undefined,
            channel: "email",
            purpose: "follow-up",
            status: "sent",
          });
          remove(item.key);
          toast({ message: `Nudge to ${who(item)} logged. coffeechat will check again in a few days.` });
          return;
        case "they-replied": {
          await logInteraction.mutateAsync({
            contactId: need(item.contactId, "contact"),
            conversationId: item.conversationId ?? undefined,
            kind: "message",
            direction: "inbound",
            summary: "They replied to my request.",
          });
          remove(item.key);
          const open = openConversation(item);
          toast({
            message: `Reply from ${who(item)} noted. Schedule it once you agree on a time.`,
            action: open ? { label: "Open", onClick: open } : undefined,
          });
          return;
        }
        case "log-touch":
          await logInteraction.mutateAsync({
            contactId: need(item.contactId, "contact"),
            kind: "message",
            direction: "outbound",
            summary: "Got back in touch.",
          });
          remove(item.key);
          toast({ message: `Touch with ${who(item)} logged. The next reminder comes in a while.` });
          return;
        case "task-done": {
          const id = need(item.taskId, "task");
          await updateTask.mutateAsync({ id, changes: { done: true } });
          remove(item.key);
          toast({
            message: `Done: ${item.title}`,
            action: {
              label: "Undo",
              onClick: () =>
                updateTask.mutate(
                  { id, changes: { done: false } },
                  {
                    onError: (error) => toast({ message: error.message, title: "Not undone", color: "red" }),
                  },
                ),
            },
          });
          return;
        }
      }
    } catch (error) {
      toast({
        title: "Not done",
        message: error instanceof Error ? error.message : "Something went wrong.",
        color: "red",
      });
      void changed();
    }
  }

  async function snoozeItem(item: AgendaItem, choice: SnoozeChoice): Promise<void> {
    try {
      const result = await snooze.mutateAsync({
        key: item.key,
        until: choice === "next-week" ? nextWeek() : undefined,
      });
      remove(item.key);
      toast({
        message: `Snoozed until ${choice === "next-week" ? "next week" : "tomorrow"}: ${item.title}`,
        color: "gray",
        action: {
          label: "Undo",
          // The API has no "unsnooze" and takes only future moments: snooze it for a breath, then look again.
          onClick: () =>
            void snoozeAgendaItem(result.key, new Date(Date.now() + UNDO_SNOOZE_MS).toISOString())
              .then(() => new Promise((resolve) => window.setTimeout(resolve, UNDO_SNOOZE_MS + 250)))
              .catch((error: Error) => toast({ message: error.message, title: "Not undone", color: "red" }))
              .finally(() => void changed()),
        },
      });
    } catch (error) {
      toast({
        title: "Not snoozed",
        message: error instanceof Error ? error.message : "Something went wrong.",
        color: "red",
      });
    }
  }

  return { run, snoozeItem };
}
