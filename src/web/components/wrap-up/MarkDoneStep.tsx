import { Button, Group, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { isHeldBeforeItsTime } from "../../../core/held-date.js";
import { HELD, STAGE_LABELS } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { useMoveConversation } from "../../hooks/conversations.js";
import { formatDateTime } from "../../lib/format.js";
import { useToast } from "../../lib/toast-context.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { StageBadge } from "../conversations/StageBadge.js";
import { StepCard } from "./StepCard.js";

/** Step 1: the conversation took place; moving it to Done starts the thank-you clock. */
export function MarkDoneStep({ conversation }: { conversation: Conversation }) {
  const move = useMoveConversation();
  const toast = useToast();
  const held = HELD.includes(conversation.stage);
  const canMarkDone = conversation.allowedMoves.includes("done");
  const [asking, setAsking] = useState(false);

  const markDone = () =>
    move.mutate(
      { id: conversation.id, move: { stage: "done" } },
      {
        onSuccess: () => {
          setAsking(false);
          toast({ message: `Conversation with ${conversation.contactName} done.` });
        },
        onError: (error) => toast({ title: "Not moved", message: error.message, color: "red" }),
      },
    );

  return (
    <StepCard
      step={1}
      title="Mark it done"
      hint="It took place: Today then reminds you to thank them by the end of tomorrow."
      done={held}
    >
      {held ? (
        <Group gap="xs">
          <StageBadge stage={conversation.stage} />
          <Text size="sm" c="dimmed">
            since {formatDateTime(conversation.stageChangedAt)}
          </Text>
        </Group>
      ) : canMarkDone ? (
        <Button
          leftSection={<IconCheck size={16} />}
          loading={move.isPending}
          onClick={() =>
            isHeldBeforeItsTime(conversation.scheduledAt, "done", new Date()) ? setAsking(true) : markDone()
          }
        >
          Mark done
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          It is at {STAGE_LABELS[conversation.stage]}: from there it cannot be marked done. Change its stage
          on the conversation page.
        </Text>
      )}
      <ConfirmDialog
        opened={asking}
        title="Has it already taken place?"
        message={`It is scheduled for ${conversation.scheduledAt ? formatDateTime(conversation.scheduledAt) : "later"}. Mark it done only if you have already talked; the thank-you then names today as the day you talked.`}
        confirmLabel="Yes, we have talked"
        cancelLabel="Not yet"
        loading={move.isPending}
        onConfirm={markDone}
        onClose={() => setAsking(false)}
      />
    </StepCard>
  );
}
