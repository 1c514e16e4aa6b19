import { Badge, type BadgeProps } from "@mantine/core";
import { DECISION_LABELS, type GoalDecision } from "../../../core/goal.js";

export const DECISION_COLORS: Record<GoalDecision, string> = {
  pursue: "teal",
  eliminate: "red",
  undecided: "gray",
};

/** Pursue, eliminate or undecided, in its colour. */
export function DecisionBadge({ decision, ...props }: { decision: GoalDecision } & BadgeProps) {
  return (
    <Badge
      variant={decision === "undecided" ? "outline" : "light"}
      color={DECISION_COLORS[decision]}
      radius="sm"
      tt="none"
      fw={600}
      {...props}
    >
      {DECISION_LABELS[decision]}
    </Badge>
  );
}
