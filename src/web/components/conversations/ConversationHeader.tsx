import { Anchor, Button, Group, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconArrowRight, IconBuilding } from "@tabler/icons-react";
import { Link } from "react-router";
import { KIND_LABELS } from "../../../core/conversation.js";
import type { Stage } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { dateInZone, daysBetween } from "../../lib/datetime.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { isEndStage, MOVE_HINTS, MOVE_LABELS, NEXT_STAGE } from "../../lib/stages.js";
import { ContactAvatar } from "../contacts/ContactAvatar.js";
import { StageBadge } from "./StageBadge.js";

/** "since today", "since yesterday", "since 13 Nov". */
function sinceText(iso: string): string {
  const days = daysBetween(dateInZone(new Date(iso)), dateInZone(new Date()));
  if (days <= 0) return "since today";
  if (days === 1) return "since yesterday";
  const thisYear = new Date(iso).getFullYear() === new Date().getFullYear();
  return `since ${thisYear ? formatDate(iso).replace(/,? \d{4}$/, "") : formatDate(iso)}`;
}

function nameParts(fullName: string) {
  const [firstName = "", ...rest] = fullName.split(" ");
  return { firstName, lastName: rest.at(-1) ?? "", fullName };
}

/** Who the conversation is with, where it stands, and the moves it can make from here. */
export function ConversationHeader({
  conversation,
  onMove,
  moving,
}: {
  conversation: Conversation;
  onMove: (to: Stage) => void;
  moving: Stage | null;
}) {
  const next = NEXT_STAGE[conversation.stage];
  const moves = [...conversation.allowedMoves].sort(
    (a, b) => Number(b === next) - Number(a === next) || Number(isEndStage(a)) - Number(isEndStage(b)),
  );
  return (
    <Stack gap="md" mb="xl">
      <Group gap="lg" wrap="nowrap" align="center">
        <ContactAvatar contact={nameParts(conversation.contactName)} size={64} />
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={1} fz={28} style={{ letterSpacing: "-0.02em", overflowWrap: "anywhere" }}>
            Conversation with{" "}
            <Anchor
              component={Link}
              to={`/contacts/${conversation.contactId}`}
              inherit
              underline="always"
              c="var(--cc-text-accent)"
            >
              {conversation.contactName}
            </Anchor>
          </Title>
          <Group gap="xs" c="var(--cc-color-text-soft)">
            <StageBadge stage={conversation.stage} size="lg" />
            <Tooltip label={formatDateTime(conversation.stageChangedAt)} withArrow openDelay={300}>
              <Text size="sm" c="dimmed">
                {sinceText(conversation.stageChangedAt)}
              </Text>
            </Tooltip>
            <Text size="sm" c="dimmed" aria-hidden>
              ·
            </Text>
            <Text size="sm">{KIND_LABELS[conversation.kind]}</Text>
            {conversation.organization && (
              <>
                <Text size="sm" c="dimmed" aria-hidden>
                  ·
                </Text>
                <Group gap={4} wrap="nowrap">
                  <IconBuilding size={14} stroke={1.7} aria-hidden />
                  <Text size="sm">{conversation.organization}</Text>
                </Group>
              </>
            )}
          </Group>
        </Stack>
      </Group>
      {moves.length > 0 && (
        <Group gap="xs" role="group" aria-label="Move the conversation">
          {moves.map((stage) => (
            <Tooltip key={stage} label={MOVE_HINTS[stage]} withArrow openDelay={400}>
              <Button
                size="sm"
                variant={stage === next ? "filled" : isEndStage(stage) ? "subtle" : "default"}
                color={isEndStage(stage) ? "gray" : undefined}
                rightSection={stage === next ? <IconArrowRight size={16} /> : undefined}
                loading={moving === stage}
                disabled={moving !== null && moving !== stage}
                onClick={() => onMove(stage)}
              >
                {MOVE_LABELS[stage]}
                {stage === "scheduled" ? "…" : ""}
              </Button>
            </Tooltip>
          ))}
        </Group>
      )}
    </Stack>
  );
}
