import { ActionIcon, Button, Menu, Text, Tooltip } from "@mantine/core";
import { IconArrowsExchange, IconChevronDown, IconCircleFilled } from "@tabler/icons-react";
import { STAGE_LABELS, type Stage } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { isEndStage, MOVE_HINTS, STAGE_COLORS } from "../../lib/stages.js";

/** "Move to…": the stages a conversation may go to from here; the keyboard's way to move a card. */
export function MoveMenu({
  conversation,
  onMove,
  variant = "icon",
}: {
  conversation: Conversation;
  onMove: (to: Stage) => void;
  variant?: "icon" | "button";
}) {
  const moves = conversation.allowedMoves;
  const open = moves.filter((stage) => !isEndStage(stage));
  const end = moves.filter((stage) => isEndStage(stage));
  const label = `Move ${conversation.contactName} to…`;
  const item = (stage: Stage) => (
    <Menu.Item
      key={stage}
      leftSection={<IconCircleFilled size={10} color={`var(--mantine-color-${STAGE_COLORS[stage]}-6)`} />}
      onClick={() => onMove(stage)}
    >
      <Text size="sm" fw={500}>
        {STAGE_LABELS[stage]}
      </Text>
      <Text size="xs" c="dimmed">
        {MOVE_HINTS[stage]}
      </Text>
    </Menu.Item>
  );
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        {variant === "icon" ? (
          <Tooltip label="Move to…" withArrow openDelay={400}>
            <ActionIcon variant="subtle" color="gray" aria-label={label} disabled={moves.length === 0}>
              <IconArrowsExchange size={16} stroke={1.7} />
            </ActionIcon>
          </Tooltip>
        ) : (
          <Button
            variant="default"
            rightSection={<IconChevronDown size={14} />}
            aria-label={`Move to… (${conversation.contactName})`}
            disabled={moves.length === 0}
          >
            Move to…
          </Button>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        {moves.length === 0 && <Menu.Label>{STAGE_LABELS[conversation.stage]} is the last stage.</Menu.Label>}
        {open.length > 0 && <Menu.Label>Move to</Menu.Label>}
        {open.map(item)}
        {open.length > 0 && end.length > 0 && <Menu.Divider />}
        {end.length > 0 && <Menu.Label>Close</Menu.Label>}
        {end.map(item)}
      </Menu.Dropdown>
    </Menu>
  );
}
