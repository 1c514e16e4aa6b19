import { Badge, Button, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useId, useState } from "react";
import { canMove, STAGE_LABELS, type Stage } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { countLabel } from "../../lib/format.js";
import type { BoardColumn } from "../../lib/pipeline.js";
import { STAGE_COLORS } from "../../lib/stages.js";
import { type DropState, DropZone } from "./DropZone.js";
import { PipelineCard } from "./PipelineCard.js";

const SHOWN = 40;

const EMPTY_HINTS: Partial<Record<Stage, string>> = {
  idea: "People you might learn from.",
  "to-ask": "Ready for a request.",
  asked: "Waiting for an answer.",
  scheduled: "A day and time agreed.",
  done: "Thank them within a day.",
  thanked: "Thanked, not yet a habit.",
  "keeping-in-touch": "Relationships you keep warm.",
};

export interface ColumnProps {
  column: BoardColumn;
  groups: ReadonlyMap<Stage, Conversation[]>;
  dragging: Conversation | null;
  pending: ReadonlySet<string>;
  onDragStart: (conversation: Conversation) => void;
  onDragEnd: () => void;
  onDrop: (stage: Stage, conversationId: string) => void;
  onMove: (conversation: Conversation, to: Stage) => void;
}

function dropState(stage: Stage, dragging: Conversation | null): DropState {
  if (!dragging) return "idle";
  if (dragging.stage === stage) return "source";
  return canMove(dragging.stage, stage) ? "allowed" : "refused";
}

function Cards({ items, props }: { items: Conversation[]; props: ColumnProps }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      {shown.map((conversation) => (
        <PipelineCard
          key={conversation.id}
          conversation={conversation}
          pending={props.pending.has(conversation.id)}
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
          onMove={props.onMove}
        />
      ))}
      {items.length > shown.length && (
        <Button variant="subtle" size="xs" color="gray" onClick={() => setAll(true)}>
          Show {items.length - shown.length} more
        </Button>
      )}
    </>
  );
}

/** One stage of the board, its cards, and the drop target for it. */
export function PipelineColumn(props: ColumnProps) {
  const { column, groups, dragging } = props;
  const headingId = useId();
  const stage = column.stages[0] as Stage;
  const items = groups.get(stage) ?? [];
  const state = dropState(stage, dragging);
  return (
    <section className="pipeline-column" aria-labelledby={headingId} data-drop-state={state}>
      <ColumnHeading id={headingId} stage={stage} title={column.title} count={items.length} />
      <DropZone
        stage={stage}
        state={state}
        onDrop={props.onDrop}
        label={`Drop here to move to ${column.title}`}
      >
        <Stack gap="xs">
          {items.length === 0 ? (
            <Text size="xs" c="dimmed" ta="center" py="md" className="pipeline-empty">
              {EMPTY_HINTS[stage] ?? "Nothing here."}
            </Text>
          ) : (
            <Cards items={items} props={props} />
          )}
        </Stack>
      </DropZone>
    </section>
  );
}

/** The end stages in one column: each its own drop target; the cards folded away until asked for. */
export function ClosedColumn(props: ColumnProps) {
  const { column, groups, dragging } = props;
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const total = column.stages.reduce((sum, stage) => sum + (groups.get(stage)?.length ?? 0), 0);
  return (
    <section className="pipeline-column" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <UnstyledButton
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
          aria-controls={`${headingId}-cards`}
        >
          <Group gap={6} wrap="nowrap">
            {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            <Text id={headingId} fw={650} size="sm">
              {column.title}
            </Text>
            <Badge size="sm" variant="light" color="gray" circle>
              {total}
            </Badge>
            <span className="visually-hidden">{total === 1 ? "conversation" : "conversations"}</span>
          </Group>
        </UnstyledButton>
      </Group>
      <Stack gap="xs" id={`${headingId}-cards`}>
        {column.stages.map((stage) => {
          const items = groups.get(stage) ?? [];
          return (
            <DropZone
              key={stage}
              stage={stage}
              state={dropState(stage, dragging)}
              onDrop={props.onDrop}
              label={`Drop here to mark it ${STAGE_LABELS[stage]}`}
              compact
            >
              <Group gap={6} mb={open && items.length > 0 ? 6 : 0} wrap="nowrap">
                <span
                  className="stage-dot"
                  style={{ background: `var(--mantine-color-${STAGE_COLORS[stage]}-5)` }}
                />
                <Text size="xs" fw={600} c="var(--cc-color-text-soft)" style={{ flex: 1 }}>
                  {STAGE_LABELS[stage]}
                </Text>
                <Text size="xs" c="dimmed">
                  {items.length}
                </Text>
              </Group>
              {open && items.length > 0 && (
                <Stack gap="xs">
                  <Cards items={items} props={props} />
                </Stack>
              )}
            </DropZone>
          );
        })}
      </Stack>
    </section>
  );
}

function ColumnHeading({
  id,
  stage,
  title,
  count,
}: {
  id: string;
  stage: Stage;
  title: string;
  count: number;
}) {
  return (
    <Group gap={6} mb="sm" wrap="nowrap">
      <span className="stage-dot" style={{ background: `var(--mantine-color-${STAGE_COLORS[stage]}-5)` }} />
      <Text id={id} fw={650} size="sm" style={{ flex: 1 }} truncate="end">
        {title}
      </Text>
      <Badge size="sm" variant="light" color="gray" circle aria-label={countLabel(count, "conversation")}>
        {count}
      </Badge>
    </Group>
  );
}
