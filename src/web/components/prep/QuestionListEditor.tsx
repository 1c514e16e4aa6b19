import { ActionIcon, Box, Group, Skeleton, Stack, Text, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconX } from "@tabler/icons-react";
import type { QuestionList } from "../../hooks/use-question-list.js";
import { moveItem, type QuestionDraft } from "../../lib/question-list.js";
import { useToast } from "../../lib/toast-context.js";
import { ErrorState } from "../ErrorState.js";

function QuestionRow({
  item,
  index,
  count,
  onMove,
  onRemove,
}: {
  item: QuestionDraft;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  return (
    <Box component="li" className="prep-question">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Text fw={650} c="var(--cc-text-accent)" w={22} ta="right" style={{ flexShrink: 0 }} aria-hidden>
          {index + 1}.
        </Text>
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text style={{ overflowWrap: "anywhere" }} className="prep-question-text">
            {item.text}
          </Text>
          <Text size="xs" c="dimmed" className="prep-question-area">
            {item.areaLabel}
          </Text>
        </Stack>
        <Group gap={2} wrap="nowrap" className="no-print" style={{ flexShrink: 0 }}>
          <Tooltip label="Move up" withArrow openDelay={400}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={index === 0}
              onClick={() => onMove(-1)}
              aria-label={`Move up: ${item.text}`}
            >
              <IconArrowUp size={15} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Move down" withArrow openDelay={400}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              aria-label={`Move down: ${item.text}`}
            >
              <IconArrowDown size={15} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Remove" withArrow openDelay={400}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={onRemove}
              aria-label={`Remove: ${item.text}`}
            >
              <IconX size={15} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </Box>
  );
}

/** The questions in the order they will be asked: move, remove (with Undo); saved as they change. */
export function QuestionListEditor({ list }: { list: QuestionList }) {
  const toast = useToast();
  if (list.query.isError && !list.items) {
    return (
      <ErrorState
        error={list.query.error}
        onRetry={() => void list.query.refetch()}
        title="Could not load the questions"
      />
    );
  }
  if (!list.items) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading the questions">
        <Skeleton height={18} />
        <Skeleton height={18} width="85%" />
        <Skeleton height={18} width="70%" />
      </Stack>
    );
  }
  const items = list.items;
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        No questions. Add some below.
      </Text>
    );
  }

  const remove = (item: QuestionDraft) => {
    const before = items;
    list.update((now) => now.filter((candidate) => candidate.key !== item.key));
    toast({
      message: `Removed “${item.text}”.`,
      color: "gray",
      action: { label: "Undo", onClick: () => list.update(() => before) },
    });
  };

  return (
    <Stack
      component="ol"
      gap={10}
      aria-label="Questions, in order"
      style={{ listStyle: "none", padding: 0, margin: 0 }}
    >
      {items.map((item, index) => (
        <QuestionRow
          key={item.key}
          item={item}
          index={index}
          count={items.length}
          onMove={(delta) => list.update((now) => moveItem(now, index, delta), 400)}
          onRemove={() => remove(item)}
        />
      ))}
    </Stack>
  );
}
