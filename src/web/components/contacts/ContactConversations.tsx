import { Anchor, Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { KIND_LABELS } from "../../../core/conversation.js";
import { useConversations } from "../../hooks/conversations.js";
import { relativeTime, shortDateTime } from "../../lib/datetime.js";
import { StageBadge } from "../conversations/StageBadge.js";
import { InfoCard } from "../InfoCard.js";

/** A contact's conversations, newest change first, with the way to plan another. */
export function ContactConversations({ contactId, firstName }: { contactId: string; firstName: string }) {
  const conversations = useConversations({ contactId, limit: 20 });
  const plan = `/conversations/new?contactId=${encodeURIComponent(contactId)}`;

  return (
    <InfoCard title="Conversations">
      {conversations.isPending ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={18} />
          <Skeleton height={18} width="70%" />
        </Stack>
      ) : conversations.isError ? (
        <Text size="sm" c="var(--cc-text-danger)" role="alert">
          Could not load the conversations: {conversations.error.message}
        </Text>
      ) : conversations.data.items.length === 0 ? (
        <Stack gap="sm" align="flex-start">
          <Text size="sm" c="dimmed" fs="italic">
            No conversation with {firstName} yet. What would you like to learn from them?
          </Text>
          <Button
            component={Link}
            to={plan}
            variant="light"
            size="xs"
            leftSection={<IconCalendarPlus size={14} />}
          >
            Plan a conversation
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {conversations.data.items.map((conversation) => (
            <li key={conversation.id}>
              <Group justify="space-between" gap="sm" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/conversations/${conversation.id}`} fw={600} size="sm">
                    {KIND_LABELS[conversation.kind]}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {conversation.scheduledAt
                      ? shortDateTime(conversation.scheduledAt)
                      : `Changed ${relativeTime(conversation.stageChangedAt)}`}
                  </Text>
                </Stack>
                <StageBadge stage={conversation.stage} />
              </Group>
            </li>
          ))}
          {conversations.data.total > conversations.data.items.length && (
            <Text size="xs" c="dimmed">
              and {conversations.data.total - conversations.data.items.length} more
            </Text>
          )}
        </Stack>
      )}
    </InfoCard>
  );
}
