import { Anchor, Group, Loader, Text, ThemeIcon, Timeline } from "@mantine/core";
import { IconArrowRight, IconMail, IconMessageReply, IconSparkles } from "@tabler/icons-react";
import { Link } from "react-router";
import { STAGE_LABELS } from "../../../core/stages.js";
import type { ConversationDetail } from "../../api/types.js";
import { useMessageLog } from "../../hooks/messages.js";
import { relativeTime } from "../../lib/datetime.js";
import { formatDateTime } from "../../lib/format.js";
import { STAGE_COLORS } from "../../lib/stages.js";
import {
  awaitsReply,
  buildTimeline,
  messageTitle,
  type TimelineEntry,
  WAITING_STAGES,
} from "../../lib/timeline.js";
import { InfoCard } from "../InfoCard.js";
import { ReplyActions } from "../outreach/ReplyActions.js";

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

/** The story so far: every stage move and message (sent, scheduled or not sent), with its date, oldest first. */
export function ConversationTimeline({ conversation }: { conversation: ConversationDetail }) {
  // The message log is asked again while one is about to go, so its status here stays true.
  const log = useMessageLog({ conversationId: conversation.id });
  const entries = buildTimeline(conversation.history, log.data?.items ?? conversation.messages);
  const awaitingReply = WAITING_STAGES.includes(conversation.stage);
  const firstName = conversation.contactName.split(" ")[0] ?? conversation.contactName;

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
                <Group gap={6} wrap="wrap">
                  <Text
                    size="sm"
                    fw={600}
                    c={
                      entry.type === "message" && entry.message.status === "failed"
                        ? "var(--cc-text-danger)"
                        : undefined
                    }
                  >
                    {entry.type === "stage"
                      ? entry.from === null
                        ? `Planned as ${STAGE_LABELS[entry.to]}`
                        : `Moved to ${STAGE_LABELS[entry.to]}`
                      : entry.type === "reply"
                        ? "They replied"
                        : messageTitle(entry.message)}
                  </Text>
                  {entry.type === "message" && entry.message.status === "sending" && (
                    <Loader size={12} aria-hidden />
                  )}
                </Group>
              }
            >
              <When at={entry.at} />
              {entry.type === "stage" && entry.note && (
                <Text size="sm" c="var(--cc-color-text-soft)" mt={2} className="pre-wrap">
                  {entry.note}
                </Text>
              )}
              {entry.type === "message" && entry.message.subject && (
                <Text size="sm" c="var(--cc-color-text-soft)" mt={2} lineClamp={2}>
                  “{entry.message.subject}”
                </Text>
              )}
              {entry.type === "message" && entry.message.status === "failed" && (
                <Text size="xs" c="var(--cc-text-danger)" mt={2}>
                  {entry.message.lastError ?? "It could not be sent."}{" "}
                  <Anchor component={Link} to="/outbox" size="xs">
                    Open the outbox
                  </Anchor>
                </Text>
              )}
              {entry.type === "message" && awaitingReply && awaitsReply(entry.message) && (
                <ReplyActions message={entry.message} name={firstName} />
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </InfoCard>
  );
}
