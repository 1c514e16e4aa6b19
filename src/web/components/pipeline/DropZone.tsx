import { Box } from "@mantine/core";
import { type DragEvent, type ReactNode, useState } from "react";
import type { Stage } from "../../../core/stages.js";
import { DRAG_TYPE } from "./PipelineCard.js";

export type DropState = "idle" | "allowed" | "refused" | "source";

/** Where a dragged card may land: dimmed when the rules do not allow the move, lit when it is over it. */
export function DropZone({
  stage,
  state,
  onDrop,
  children,
  label,
  compact = false,
}: {
  /** A small target inside a column (the end stages), rather than the whole column. */
  compact?: boolean;
  stage: Stage;
  state: DropState;
  onDrop: (stage: Stage, conversationId: string) => void;
  children: ReactNode;
  label: string;
}) {
  const [over, setOver] = useState(false);
  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    // Every column accepts the drop, so a refused move can be explained rather than silently ignored.
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    if (!over) setOver(true);
  };
  return (
    <Box
      className={compact ? "pipeline-drop pipeline-drop-compact" : "pipeline-drop"}
      data-drop-state={state}
      data-over={over || undefined}
      data-stage={stage}
      role="group"
      aria-label={label}
      onDragOver={dragOver}
      onDragEnter={dragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const id = event.dataTransfer.getData(DRAG_TYPE);
        if (id) onDrop(stage, id);
      }}
    >
      {children}
    </Box>
  );
}
