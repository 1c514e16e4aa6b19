import { useMemo, useState } from "react";
import type { Stage } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { useScrollEdges } from "../../hooks/use-scroll-edges.js";
import { needsSchedule } from "../../hooks/use-stage-mover.js";
import { BOARD_COLUMNS, groupByStage } from "../../lib/pipeline.js";
import { ClosedColumn, PipelineColumn } from "./PipelineColumn.js";

/** The board: drag a card to another column to move it; refused moves are explained and the card stays. */
export function PipelineBoard({
  conversations,
  onMove,
}: {
  conversations: readonly Conversation[];
  /** Moves (or explains why not); resolves once the server answered. */
  onMove: (conversation: Conversation, to: Stage) => Promise<boolean>;
}) {
  const [dragging, setDragging] = useState<Conversation | null>(null);
  // Moves shown before the server confirms them; dropped when it answers (the refetched data takes over).
  const [pendingMoves, setPendingMoves] = useState<ReadonlyMap<string, Stage>>(new Map());
  const groups = useMemo(() => groupByStage(conversations, pendingMoves), [conversations, pendingMoves]);
  const pending = useMemo(() => new Set(pendingMoves.keys()), [pendingMoves]);

  async function move(conversation: Conversation, to: Stage) {
    setPendingMoves((current) => new Map(current).set(conversation.id, to));
    try {
      await onMove(conversation, to);
    } finally {
      setPendingMoves((current) => {
        const next = new Map(current);
        next.delete(conversation.id);
        return next;
      });
    }
  }

  function request(conversation: Conversation, to: Stage) {
    // Only moves the rules allow are shown at once; the others stay put while the server explains.
    if (conversation.allowedMoves.includes(to) && !needsSchedule(conversation, to)) {
      void move(conversation, to);
    } else void onMove(conversation, to);
  }

  const scroller = useScrollEdges();
  const byId = useMemo(() => new Map(conversations.map((c) => [c.id, c])), [conversations]);
  const props = {
    groups,
    dragging,
    pending,
    onDragStart: (conversation: Conversation) => setDragging(conversation),
    onDragEnd: () => setDragging(null),
    onDrop: (stage: Stage, id: string) => {
      setDragging(null);
      const conversation = byId.get(id);
      if (conversation && conversation.stage !== stage) request(conversation, stage);
    },
    onMove: request,
  };

  return (
    <div
      ref={scroller.ref}
      className="pipeline-board"
      data-dragging={dragging ? true : undefined}
      data-more-left={scroller.moreLeft || undefined}
      data-more-right={scroller.moreRight || undefined}
    >
      {BOARD_COLUMNS.map((column) =>
        column.id === "closed" ? (
          <ClosedColumn key={column.id} column={column} {...props} />
        ) : (
          <PipelineColumn key={column.id} column={column} {...props} />
        ),
      )}
    </div>
  );
}
