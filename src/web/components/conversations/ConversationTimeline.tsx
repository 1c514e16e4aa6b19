import { Button, Text, ThemeIcon, Timeline } from "@mantine/core";
import { IconArrowRight, IconMail, IconMessageReply, IconSparkles } from "@tabler/icons-react";
import { STAGE_LABELS } from "../../../core/stages.js";
import type { ConversationDetail } from "../../api/conversations.js";
import { useUpdateMessage } from "../../hooks/messages.js";
import { relativeTime } from "../../lib/datetime.js";
import { formatDateTime } from "../../lib/format.js";
import { STAGE_COLORS } from "../../lib/stages.js";
import { buildTimeline, messageTitle, type TimelineEntry } from "../../lib/timeline.js";
import { useToast } from "../../lib/toast-context.js";
import { InfoCard } from "../InfoCard.js";

function When({ at }: { at: string }) {
  return (
    <Text size="xs" c="dimmed" component="time" dateTime={at} display="block">
      {formatDateTime(at)} · {relativeTime(at)}
    </Text>
  );
}

function bullet(entry: TimelineEntry) {
  if (entry.type === "stage") {
    return (
      <ThemeIcon size={22} radius="xl" color={STAGE_COLORS[entry.to]} variant="filled" aria-hidden>
        {entry.from === null ? <IconSparkles size={13} /> : <IconArrowRight size={13} />}
      </ThemeIcon>
    );
  }
  return (
    <ThemeIcon
      size={22}
      radius="xl"
      color={entry.type === "reply" ? "teal" : "coffee"}
      variant="light"
      aria-hidden
    >
      {entry.type === "reply" ? <IconMessageReply size={13} /> : <IconMail size={13} />}
    </ThemeIcon>
  );
}

/** The story so far: every stage move and message, with its date, oldest first. */
export function ConversationTimeline({ conversation }: { conversation: ConversationDetail }) {
  const entries = buildTimeline(conversation.history, conversation.messages);
  const update = useUpdateMessage();
  const toast = useToast();
  const awaitingReply = conversation.stage === "asked";

  const markReplied = (id: string) =>
    update.mutate(
      { id, changes: { repliedAt: new Date().toISOString() } },
      {
        onSuccess: () => toast({ message: "Reply noted; the follow-up reminders stop." }),
        onError: (error) => toast({ message: error.message, title: "Not saved", color: "red" }),
      },
    );

  return (
    <InfoCard title="History">
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          Nothing yet.
        </Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2} aria-label="History">
          {entries.map((entry) => (
            <Timeline.Item
              key={entry.key}
              bullet={bullet(entry)}
              title={
                <Text size="sm" fw={600}>
                  {entry.type === "stage"
                    ? entry.from === null
                      ? `Planned as ${STAGE_LABELS[entry.to]}`
                      : `Moved to ${STAGE_LABELS[entry.to]}`
                    : entry.type === "reply"
                      ? "They replied"
                      : messageTitle(entry.message)}
                </Text>
              }
            >
              <When at={entry.at} />
              {entry.type === "stage" && entry.note && (
                <Text size="sm" c="gray.7" mt={2} className="pre-wrap">
                  {entry.note}
                </Text>
              )}
              {entry.type === "message" && entry.message.subject && (
                <Text size="sm" c="gray.7" mt={2} lineClamp={2}>
                  “{entry.message.subject}”
                </Text>
              )}
              {entry.type === "message" &&
                awaitingReply &&
                entry.message.direction === "outbound" &&
                (entry.message.purpose === "request" || entry.message.purpose === "follow-up") &&
                !entry.message.repliedAt && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    mt={6}
                    leftSection={<IconMessageReply size={12} />}
                    loading={update.isPending && update.variables?.id === entry.message.id}
                    onClick={() => markReplied(entry.message.id)}
                  >
                    They replied
                  </Button>
                )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </InfoCard>
  );
}
