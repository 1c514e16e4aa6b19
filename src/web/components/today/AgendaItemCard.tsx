import { Anchor, Badge, Box, Button, Group, Paper, Text } from "@mantine/core";
import { IconArrowRight, IconCheck, IconPencil } from "@tabler/icons-react";
import { useId, useState } from "react";
import { Link } from "react-router";
import type { AgendaItem } from "../../api/types.js";
import type { SnoozeChoice } from "../../hooks/use-agenda-actions.js";
import { type AgendaActionId, agendaActions } from "../../lib/agenda-actions.js";
import { agendaLink } from "../../lib/agenda-links.js";
import { composeUrl } from "../../lib/compose-url.js";
import { type DueTone, dueLabel } from "../../lib/due.js";
import { AgendaKindIcon, agendaKindLabel } from "./AgendaKindIcon.js";
import { SnoozeMenu } from "./SnoozeMenu.js";

const TONE_COLORS: Record<DueTone, string> = { overdue: "red", today: "coffee", soon: "gray" };

/** The composer for the message an item asks me to write (a nudge, a thank-you, an update); null for none. */
function writeLink(item: AgendaItem): string | null {
  if (!item.contactId) return null;
  const to = (purpose: "follow-up" | "thank-you" | "stay-in-touch") =>
    composeUrl({ contactId: item.contactId, conversationId: item.conversationId, purpose });
  switch (item.kind) {
    case "follow-up":
      return item.step === "let-go" ? null : to("follow-up");
    case "thank-you":
      return to("thank-you");
    case "stay-in-touch":
      return to("stay-in-touch");
    default:
      return null;
  }
}

/** One thing to do: what, for whom, when, and the one click that does it. */
export function AgendaItemCard({
  item,
  now,
  timeZone,
  onAction,
  onSnooze,
  quiet = false,
}: {
  item: AgendaItem;
  /** For what is coming up: the same actions, less loud. */
  quiet?: boolean;
  now: Date;
  timeZone: string;
  onAction: (item: AgendaItem, action: AgendaActionId) => Promise<void>;
  onSnooze: (item: AgendaItem, choice: SnoozeChoice) => Promise<void>;
}) {
  const titleId = useId();
  const [busy, setBusy] = useState<AgendaActionId | "snooze" | null>(null);
  const due = dueLabel(item, now, timeZone);
  const actions = agendaActions(item, now);
  const write = writeLink(item);
  const link = agendaLink(item, now);
  // With a primary link (the prep sheet, the ledger), the item's first action steps back.
  const first = link?.primary ? -1 : 0;

  async function act(action: AgendaActionId) {
    setBusy(action);
    try {
      await onAction(item, action);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="lg"
      p="md"
      data-agenda-key={item.key}
      style={{ borderLeft: item.overdue ? "3px solid var(--mantine-color-red-5)" : undefined }}
    >
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Box visibleFrom="xs">
          <AgendaKindIcon kind={item.kind} />
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Box style={{ minWidth: 0, flex: "1 1 240px" }}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: "0.05em" }}>
                {agendaKindLabel(item.kind)}
                {item.contactName && item.contactId && (
                  <>
                    {" · "}
                    <Anchor
                      component={Link}
                      to={`/contacts/${item.contactId}`}
                      size="xs"
                      fw={600}
                      tt="none"
                      style={{ letterSpacing: 0 }}
                    >
                      {item.contactName}
                    </Anchor>
                  </>
                )}
              </Text>
              <Text id={titleId} fw={600} fz="md" mt={2} style={{ overflowWrap: "anywhere" }}>
                {item.conversationId ? (
                  <Link to={`/conversations/${item.conversationId}`} className="plain-link">
                    {item.title}
                  </Link>
                ) : (
                  item.title
                )}
              </Text>
            </Box>
            <Badge
              variant={due.tone === "overdue" ? "filled" : "light"}
              color={TONE_COLORS[due.tone]}
              radius="sm"
              tt="none"
              fw={600}
              style={{ flexShrink: 0 }}
            >
              {due.text}
            </Badge>
          </Group>
          {item.detail && (
            <Text size="sm" c="var(--cc-color-text-soft)" mt={4} lh={1.5} className="pre-wrap">
              {item.detail}
            </Text>
          )}
          <Group gap="xs" mt="sm" justify="space-between" wrap="nowrap">
            <Group gap="xs">
              {link?.primary && (
                <Button
                  component={Link}
                  to={link.to}
                  size="xs"
                  variant={quiet ? "light" : "filled"}
                  rightSection={<IconArrowRight size={14} />}
                >
                  {link.label}
                </Button>
              )}
              {actions.map((action, index) =>
                action.id === "open-conversation" ? (
                  <Button
                    key={action.id}
                    component={Link}
                    to={`/conversations/${item.conversationId}`}
                    size="xs"
                    variant={index === first && !quiet ? "filled" : index === first ? "light" : "default"}
                    rightSection={<IconArrowRight size={14} />}
                  >
                    {action.label}
                  </Button>
                ) : (
                  <Button
                    key={action.id}
                    size="xs"
                    variant={index === first && !quiet ? "filled" : index === first ? "light" : "default"}
                    leftSection={index === first ? <IconCheck size={14} /> : undefined}
                    loading={busy === action.id}
                    disabled={busy !== null && busy !== action.id}
                    onClick={() => void act(action.id)}
                  >
                    {action.label}
                  </Button>
                ),
              )}
              {link && !link.primary && (
                <Button component={Link} to={link.to} size="xs" variant="default">
                  {link.label}
                </Button>
              )}
              {write && (
                <Button
                  component={Link}
                  to={write}
                  size="xs"
                  variant="default"
                  leftSection={<IconPencil size={14} />}
                >
                  Write…
                </Button>
              )}
            </Group>
            <SnoozeMenu
              what={item.title}
              loading={busy === "snooze"}
              onSnooze={(choice) => {
                setBusy("snooze");
                void onSnooze(item, choice).finally(() => setBusy(null));
              }}
            />
          </Group>
        </Box>
      </Group>
    </Paper>
  );
}
