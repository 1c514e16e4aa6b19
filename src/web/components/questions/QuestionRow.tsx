import { ActionIcon, Badge, Box, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconEye, IconEyeOff, IconPencil, IconTrash } from "@tabler/icons-react";
import { KIND_LABELS } from "../../../core/conversation.js";
import { TIARA_LABELS } from "../../../core/question-areas.js";
import type { QuestionView } from "../../api/types.js";

/** One question of the bank, with its moves within its area and what can be done to it. */
export function QuestionRow({
  question,
  first,
  last,
  busy,
  onMove,
  onEdit,
  onToggleHidden,
  onDelete,
}: {
  question: QuestionView;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onToggleHidden: () => void;
  onDelete: () => void;
}) {
  const short = question.text.length > 60 ? `${question.text.slice(0, 57)}…` : question.text;
  return (
    <Box
      component="li"
      px="lg"
      py="sm"
      style={{ borderBottom: "1px solid var(--cc-color-line)" }}
      data-hidden={question.hidden || undefined}
    >
      <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Text c={question.hidden ? "dimmed" : undefined} td={question.hidden ? "line-through" : undefined}>
            {question.text}
          </Text>
          <Group gap={4}>
            {question.hidden && (
              <Badge size="xs" color="gray" variant="outline" tt="none">
                Hidden
              </Badge>
            )}
            {!question.builtin && (
              <Badge size="xs" color="coffee" variant="light" tt="none">
                Yours
              </Badge>
            )}
            {question.tiara && (
              <Badge size="xs" color="blue" variant="light" tt="none">
                TIARA: {TIARA_LABELS[question.tiara]}
              </Badge>
            )}
            {question.kinds.map((kind) => (
              <Badge key={kind} size="xs" color="gray" variant="light" tt="none">
                {KIND_LABELS[kind]}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Tooltip label="Move up" withArrow openDelay={400}>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={first || busy}
              onClick={() => onMove(-1)}
              aria-label={`Move up: ${short}`}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Move down" withArrow openDelay={400}>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={last || busy}
              onClick={() => onMove(1)}
              aria-label={`Move down: ${short}`}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Edit" withArrow openDelay={400}>
            <ActionIcon variant="subtle" color="gray" onClick={onEdit} aria-label={`Edit: ${short}`}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip
            label={question.hidden ? "Show it again" : "Hide: prep sheets stop proposing it"}
            withArrow
            openDelay={400}
          >
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={onToggleHidden}
              aria-label={`${question.hidden ? "Show" : "Hide"}: ${short}`}
            >
              {question.hidden ? <IconEye size={16} /> : <IconEyeOff size={16} />}
            </ActionIcon>
          </Tooltip>
          {!question.builtin && (
            <Tooltip label="Delete" withArrow openDelay={400}>
              <ActionIcon variant="subtle" color="red" onClick={onDelete} aria-label={`Delete: ${short}`}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
    </Box>
  );
}
