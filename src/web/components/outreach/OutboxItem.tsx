import { Anchor, Box, Button, Group, Paper, Text, Tooltip } from "@mantine/core";
import {
  IconAlertTriangle,
  IconCalendarTime,
  IconEye,
  IconPencil,
  IconSend,
  IconTrash,
} from "@tabler/icons-react";
import { useId } from "react";
import { Link } from "react-router";
import type { Message } from "../../api/types.js";
import { useContact } from "../../hooks/contacts.js";
import { longDateTime, relativeTime, shortDateTime } from "../../lib/datetime.js";
import { countLabel } from "../../lib/format.js";
import { dueAt } from "../../lib/outbox.js";
import { MessageStatusBadge } from "./MessageStatusBadge.js";

export type OutboxAction = "open" | "send-now" | "reschedule" | "cancel";

/** One message in the outbox: to whom, what, when it goes; what happened if it could not be sent. */
export function OutboxItem({
  message,
  now,
  busy,
  onAction,
}: {
  message: Message;
  now: Date;
  /** The action running on this message, if any. */
  busy: OutboxAction | null;
  onAction: (message: Message, action: OutboxAction) => void;
}) {
  const titleId = useId();
  const contact = useContact(message.contactId);
  const name = contact.data?.fullName ?? "…";
  const at = dueAt(message);
  const failed = message.status === "failed";
  const sending = message.status === "sending";

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="lg"
      p="md"
      data-message-id={message.id}
      data-status={message.status}
      style={{ borderLeft: failed ? "3px solid var(--mantine-color-red-5)" : undefined }}
    >
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Box style={{ minWidth: 0, flex: "1 1 320px" }}>
          <Group gap="xs" wrap="nowrap">
            <MessageStatusBadge status={message.status} />
            <Text size="sm" c="dimmed" style={{ minWidth: 0 }} truncate="end">
              To{" "}
              <Anchor component={Link} to={`/contacts/${message.contactId}`} size="sm" fw={600}>
                {name}
              </Anchor>
              {message.to && <> · {message.to}</>}
            </Text>
          </Group>
          <Text id={titleId} fw={600} mt={6} style={{ overflowWrap: "anywhere" }}>
            <span className="visually-hidden">To {name}: </span>
            {message.subject || "(no subject)"}
          </Text>
          <Text size="sm" c="gray.7" mt={2}>
            {sending ? (
              "Going out now…"
            ) : failed ? (
              <>
                Tried {countLabel(message.attempts, "time")}; last{" "}
                <time dateTime={message.updatedAt}>{relativeTime(message.updatedAt, now)}</time>
              </>
            ) : (
              <Tooltip label={longDateTime(at)} withArrow openDelay={300}>
                <time dateTime={at}>
                  {shortDateTime(at)} · {relativeTime(at, now)}
                </time>
              </Tooltip>
            )}
            {!failed && message.attempts > 0 && !sending && (
              <> · {countLabel(message.attempts, "attempt")} so far</>
            )}
          </Text>
          {failed && message.lastError && (
            <Group gap={6} mt={6} wrap="nowrap" align="flex-start" c="red.8">
              <IconAlertTriangle size={16} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {message.lastError}
              </Text>
            </Group>
          )}
          {!failed && message.lastError && message.attempts > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              Last try: {message.lastError}. It is tried again at the time above.
            </Text>
          )}
        </Box>
        <Group gap="xs" role="group" aria-label={`Actions for the message to ${name}`}>
          <Button
            size="xs"
            variant="default"
            leftSection={sending ? <IconEye size={14} /> : <IconPencil size={14} />}
            disabled={busy !== null}
            onClick={() => onAction(message, "open")}
          >
            {sending ? "Read" : "Read or edit"}
          </Button>
          {!sending && (
            <>
              <Button
                size="xs"
                variant={failed ? "filled" : "light"}
                leftSection={<IconSend size={14} />}
                loading={busy === "send-now"}
                disabled={busy !== null && busy !== "send-now"}
                onClick={() => onAction(message, "send-now")}
              >
                {failed ? "Try again now" : "Send now"}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconCalendarTime size={14} />}
                disabled={busy !== null}
                onClick={() => onAction(message, "reschedule")}
              >
                {failed ? "Try later…" : "Reschedule…"}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} />}
                loading={busy === "cancel"}
                disabled={busy !== null && busy !== "cancel"}
                onClick={() => onAction(message, "cancel")}
              >
                Cancel
              </Button>
            </>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
