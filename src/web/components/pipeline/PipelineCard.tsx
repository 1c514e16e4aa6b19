import { Box, Group, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import type { DragEvent } from "react";
import { Link } from "react-router";
import { KIND_LABELS } from "../../../core/conversation.js";
import type { Stage } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { shortDateTime } from "../../lib/datetime.js";
import { MoveMenu } from "../conversations/MoveMenu.js";

export const DRAG_TYPE = "application/x-coffeechat-conversation";

/** A conversation on the board: whom, where, what about, when; drag it, or use "Move to…". */
export function PipelineCard({
  conversation,
  pending,
  onDragStart,
  onDragEnd,
  onMove,
}: {
  conversation: Conversation;
  /** A move is on its way to the server. */
  pending: boolean;
  onDragStart: (conversation: Conversation) => void;
  onDragEnd: () => void;
  onMove: (conversation: Conversation, to: Stage) => void;
}) {
  // A scheduled conversation whose time has passed waits to be marked done.
  const overdue =
    conversation.stage === "scheduled" &&
    conversation.scheduledAt !== null &&
    new Date(conversation.scheduledAt) < new Date();
  const start = (event: DragEvent<HTMLDivElement>) => {
    event.dataTransfer.setData(DRAG_TYPE, conversation.id);
    event.dataTransfer.setData("text/plain", conversation.contactName);
    event.dataTransfer.effectAllowed = "move";
    onDragStart(conversation);
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      pos="relative"
      className="pipeline-card"
      draggable
      onDragStart={start}
      onDragEnd={onDragEnd}
      data-conversation-id={conversation.id}
      aria-busy={pending || undefined}
      style={{ opacity: pending ? 0.6 : 1 }}
    >
      <Stack gap={2}>
        <Box pr={26}>
          <Link to={`/conversations/${conversation.id}`} className="plain-link">
            <Text fw={600} size="sm" lineClamp={2} lh={1.35}>
              {conversation.contactName}
            </Text>
          </Link>
        </Box>
        {conversation.organization && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {conversation.organization}
          </Text>
        )}
        <Text size="xs" c="var(--cc-color-text-soft)" lineClamp={1}>
          {KIND_LABELS[conversation.kind]}
        </Text>
        {conversation.scheduledAt && (
          <Group gap={4} wrap="nowrap" c={overdue ? "var(--cc-text-danger)" : "var(--cc-text-info)"} mt={2}>
            <IconCalendarEvent size={13} stroke={1.8} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="xs" fw={500} lineClamp={1}>
              {shortDateTime(conversation.scheduledAt)}
              {overdue && <VisuallyHidden> (past: mark it done?)</VisuallyHidden>}
            </Text>
          </Group>
        )}
      </Stack>
      <Box pos="absolute" top={6} right={6}>
        <MoveMenu conversation={conversation} onMove={(to) => onMove(conversation, to)} />
      </Box>
    </Paper>
  );
}
