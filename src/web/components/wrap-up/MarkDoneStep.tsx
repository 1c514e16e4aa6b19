import { Button, Group, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { HELD, STAGE_LABELS } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { useMoveConversation } from "../../hooks/conversations.js";
import { formatDateTime } from "../../lib/format.js";
import { useToast } from "../../lib/toast-context.js";
import { StageBadge } from "../conversations/StageBadge.js";
import { StepCard } from "./StepCard.js";

/** Step 1: the conversation took place; moving it to Done starts the thank-you clock. */
export function MarkDoneStep({ conversation }: { conversation: Conversation }) {
  const move = useMoveConversation();
  const toast = useToast();
  const held = HELD.includes(conversation.stage);
  const canMarkDone = conversation.allowedMoves.includes("done");

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
            move.mutate(
              { id: conversation.id, move: { stage: "done" } },
              {
                onSuccess: () => toast({ message: `Conversation with ${conversation.contactName} done.` }),
                onError: (error) => toast({ title: "Not moved", message: error.message, color: "red" }),
              },
            )
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
    </StepCard>
  );
}
