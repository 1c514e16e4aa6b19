// Moving a conversation to another stage, wherever it is done: asks for a time before Scheduled,
// explains a refused move with the server's words, and offers Undo when the rules allow the way back.
import { type ReactNode, useState } from "react";
import { isHeldBeforeItsTime } from "../../core/held-date.js";
import { canMove, STAGE_LABELS, type Stage } from "../../core/stages.js";
import { ApiError } from "../api/http.js";
import type { Conversation } from "../api/types.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { ScheduleDialog } from "../components/conversations/ScheduleDialog.js";
import { type ScheduleValues, scheduleInput } from "../lib/conversation-form.js";
import { formatDateTime } from "../lib/format.js";
import { useToast } from "../lib/toast-context.js";
import { useMoveConversation, useUpdateConversation } from "./conversations.js";

export interface StageMoverOptions {
  /** Called as a move starts (to show it at once) and when it is over, whatever the outcome. */
  onStart?: (id: string, to: Stage) => void;
  onEnd?: (id: string) => void;
}

/** Whether moving to Scheduled needs a day and time first: none yet, or the old one is past. */
export function needsSchedule(conversation: Conversation, to: Stage, now = new Date()): boolean {
  if (to !== "scheduled") return false;
  return !conversation.scheduledAt || new Date(conversation.scheduledAt) < now;
}

export function useStageMover(options: StageMoverOptions = {}): {
  move: (conversation: Conversation, to: Stage) => Promise<boolean>;
  dialog: ReactNode;
} {
  const toast = useToast();
  const moveMutation = useMoveConversation();
  const update = useUpdateConversation();
  const [scheduling, setScheduling] = useState<Conversation | null>(null);
  const [early, setEarly] = useState<{ conversation: Conversation; to: Stage } | null>(null);

  async function send(conversation: Conversation, to: Stage, schedule?: ScheduleValues): Promise<boolean> {
    const from = conversation.stage;
    options.onStart?.(conversation.id, to);
    try {
      const details = schedule ? scheduleInput(schedule) : {};
      const { scheduledAt, ...rest } = details;
      await moveMutation.mutateAsync({
        id: conversation.id,
        move: scheduledAt ? { stage: to, scheduledAt } : { stage: to },
      });
      if (Object.keys(rest).length > 0) await update.mutateAsync({ id: conversation.id, changes: rest });
      toast({
        message: `${conversation.contactName}: ${STAGE_LABELS[to]}.`,
        action: canMove(to, from)
          ? { label: "Undo", onClick: () => void send({ ...conversation, stage: to }, from) }
          : undefined,
      });
      return true;
    } catch (error) {
      const refused = error instanceof ApiError && error.code === "stage_not_allowed";
      toast({
        title: refused ? "That move is not possible" : "Not moved",
        message: error instanceof Error ? error.message : "Something went wrong.",
        color: "red",
        duration: refused ? 9000 : 6000,
      });
      if (schedule && !refused) throw error;
      return false;
    } finally {
      options.onEnd?.(conversation.id);
    }
  }

  async function move(conversation: Conversation, to: Stage): Promise<boolean> {
    if (to === conversation.stage) return false;
    if (needsSchedule(conversation, to) && canMove(conversation.stage, to)) {
      setScheduling(conversation);
      return false;
    }
    if (isHeldBeforeItsTime(conversation.scheduledAt, to, new Date()) && canMove(conversation.stage, to)) {
      setEarly({ conversation, to });
      return false;
    }
    return send(conversation, to);
  }

  const dialog = (
    <>
      <ConfirmDialog
        opened={early !== null}
        title="Has it already taken place?"
        message={`The conversation with ${early?.conversation.contactName ?? ""} is scheduled for ${early?.conversation.scheduledAt ? formatDateTime(early.conversation.scheduledAt) : "later"}. Mark it ${early ? STAGE_LABELS[early.to] : ""} only if you have already talked.`}
        confirmLabel="Yes, we have talked"
        cancelLabel="Not yet"
        loading={moveMutation.isPending}
        onConfirm={() => {
          if (!early) return;
          setEarly(null);
          void send(early.conversation, early.to);
        }}
        onClose={() => setEarly(null)}
      />
      <ScheduleDialog
        conversation={scheduling}
        onClose={() => setScheduling(null)}
        onSubmit={async (values) => {
          if (!scheduling) return;
          // Throws (keeping the dialog open with the reason) unless it moved or the rules refused it.
          await send(scheduling, "scheduled", values);
          setScheduling(null);
        }}
      />
    </>
  );

  return { move, dialog };
}
