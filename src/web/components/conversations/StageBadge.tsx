import { Badge, type BadgeProps } from "@mantine/core";
import { STAGE_LABELS, type Stage } from "../../../core/stages.js";
import { STAGE_COLORS } from "../../lib/stages.js";

/** A conversation's stage as a coloured label. */
export function StageBadge({ stage, ...props }: { stage: Stage } & Omit<BadgeProps, "color" | "children">) {
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]} radius="sm" tt="none" fw={600} {...props}>
      {STAGE_LABELS[stage]}
    </Badge>
  );
}
