import { Anchor, Button, Group, Loader, Skeleton, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconMail, IconMessageReply, IconPencil } from "@tabler/icons-react";
import { Link } from "react-router";
import type { Message } from "../../api/types.js";
import { useConversations } from "../../hooks/conversations.js";
import { useMessageLog } from "../../hooks/messages.js";
import { relativeTime } from "../../lib/datetime.js";
import { formatDateTime } from "../../lib/format.js";
import { dueAt } from "../../lib/outbox.js";
import { composeUrl } from "../../lib/outreach.js";
import { awaitsReply, messageTitle, WAITING_STAGES } from "../../lib/timeline.js";
import { InfoCard } from "../InfoCard.js";
import { ReplyActions } from "./ReplyActions.js";

/** When a message went, goes, or was to go. */
function messageTime(message: Message): string {
  return message.status === "sent" || message.status === "draft"
    ? (message.sentAt ?? message.createdAt)
    : dueAt(message);
}

/** Everything written to and from a person: sent, scheduled, not sent; with the reply, or a way to note one. */
export function MessageLog({ contactId, firstName }: { contactId: string; firstName: string }) {
  const log = useMessageLog({ contactId });
  // The same list as the contact's Conversations card: which conversations still wait for an answer.
  const conversations = useConversations({ contactId, limit: 20 });
  const stages = new Map(
    (conversations.data?.items ?? []).map((conversation) => [conversation.id, conversation.stage]),
  );
  const waiting = (message: Message) => {
    const stage = message.conversationId ? stages.get(message.conversationId) : undefined;
    return stage !== undefined && WAITING_STAGES.includes(stage);
  };
  // The API keeps when they answered, not how: a declined conversation tells that it was a no.
  const declined = (message: Message) =>
    message.conversationId !== null && stages.get(message.conversationId) === "declined";
  const write = composeUrl({ contactId });

  return (
    <InfoCard
      title="Messages"
      action={
        <Anchor component={Link} to={write} size="xs" fw={600} tt="none" style={{ letterSpacing: 0 }}>
          Write…
        </Anchor>
      }
    >
      {log.isPending ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={18} />
          <Skeleton height={18} width="70%" />
        </Stack>
      ) : log.isError ? (
        <Text size="sm" c="var(--cc-text-danger)" role="alert">
          Could not load the messages: {log.error.message}
        </Text>
      ) : log.data.items.length === 0 ? (
        <Stack gap="sm" align="flex-start">
          <Text size="sm" c="dimmed" fs="italic">
            No messages with {firstName} yet.
          </Text>
          <Button
            component={Link}
            to={write}
            variant="light"
            size="xs"
            leftSection={<IconPencil size={14} />}
          >
            Write to {firstName}
          </Button>
        </Stack>
      ) : (
        <Stack
          gap="md"
          component="ul"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
          aria-label="Messages"
        >
          {log.data.items.map((message) => (
            <li key={message.id}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon
                  size={26}
                  radius="xl"
                  variant="light"
                  color={message.direction === "inbound" ? "teal" : "coffee"}
                  aria-hidden
                >
                  {message.direction === "inbound" ? <IconMessageReply size={14} /> : <IconMail size={14} />}
                </ThemeIcon>
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Group gap={6} wrap="wrap">
                    <Text
                      size="sm"
                      fw={600}
                      c={message.status === "failed" ? "var(--cc-text-danger)" : undefined}
                    >
                      {messageTitle(message)}
                    </Text>
                    {message.status === "sending" && <Loader size={12} aria-hidden />}
                  </Group>
                  <Text size="xs" c="dimmed" component="time" dateTime={messageTime(message)}>
                    {formatDateTime(messageTime(message))} · {relativeTime(messageTime(message))}
                  </Text>
                  {message.subject && (
                    <Text size="sm" c="var(--cc-color-text-soft)" lineClamp={1}>
                      “{message.subject}”
                    </Text>
                  )}
                  {message.status === "failed" && message.lastError && (
                    <Text size="xs" c="var(--cc-text-danger)">
                      {message.lastError}{" "}
                      <Anchor component={Link} to="/outbox" size="xs">
                        Open the outbox
                      </Anchor>
                    </Text>
                  )}
                  {message.repliedAt && (
                    <Text
                      size="xs"
                      c={declined(message) ? "var(--cc-color-text-soft)" : "var(--cc-text-success)"}
                    >
                      {declined(message) ? "They declined" : "They replied"} {relativeTime(message.repliedAt)}
                    </Text>
                  )}
                  {awaitsReply(message) && waiting(message) && (
                    <ReplyActions message={message} name={firstName} />
                  )}
                </Stack>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </InfoCard>
  );
}
