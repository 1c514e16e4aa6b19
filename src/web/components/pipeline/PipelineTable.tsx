import { Anchor, Stack, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import { KIND_LABELS } from "../../../core/conversation.js";
import type { Stage } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { relativeTime, shortDateTime } from "../../lib/datetime.js";
import { formatDateTime } from "../../lib/format.js";
import { MoveMenu } from "../conversations/MoveMenu.js";
import { StageBadge } from "../conversations/StageBadge.js";

/** The list view: one row per conversation, newest change first. */
export function PipelineTable({
  conversations,
  onMove,
}: {
  conversations: readonly Conversation[];
  onMove: (conversation: Conversation, to: Stage) => void;
}) {
  const now = new Date();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Conversations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Contact</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Scheduled</Table.Th>
            <Table.Th>Last change</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>Move</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conversations.map((conversation) => (
            <Table.Tr key={conversation.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/conversations/${conversation.id}`} fw={600} c="bright">
                    {conversation.contactName}
                  </Anchor>
                  {conversation.organization && (
                    <Text size="xs" c="dimmed">
                      {conversation.organization}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <StageBadge stage={conversation.stage} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{KIND_LABELS[conversation.kind]}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={conversation.scheduledAt ? undefined : "dimmed"}>
                  {conversation.scheduledAt ? shortDateTime(conversation.scheduledAt) : "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={formatDateTime(conversation.stageChangedAt)} withArrow openDelay={300}>
                  <Text size="sm" c="var(--cc-color-text-soft)" span>
                    {relativeTime(conversation.stageChangedAt, now)}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <MoveMenu conversation={conversation} onMove={(to) => onMove(conversation, to)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
