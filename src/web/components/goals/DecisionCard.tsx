import { Button, Group, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import {
  DECISION_LABELS,
  decisionNeedsReason,
  GOAL_DECISIONS,
  type GoalDecision,
} from "../../../core/goal.js";
import type { Goal } from "../../api/types.js";
import { useUpdateGoal } from "../../hooks/goals.js";
import { type FormError, formError } from "../../lib/form-error.js";
import { formatDate } from "../../lib/format.js";
import { useToast } from "../../lib/toast-context.js";
import { InfoCard } from "../InfoCard.js";
import { DecisionBadge } from "./DecisionBadge.js";

const DECISION_HINTS: Record<GoalDecision, string> = {
  pursue: "This path fits: put your effort here.",
  eliminate: "Not for you, and that is worth knowing.",
  undecided: "Still learning.",
};

/** Where the goal stands: pursue, eliminate or undecided, with the reason and when it was decided. */
export function DecisionCard({ goal }: { goal: Goal }) {
  const update = useUpdateGoal();
  const toast = useToast();
  const [decision, setDecision] = useState<GoalDecision>(goal.decision);
  const [reason, setReason] = useState(goal.decisionReason);
  const [error, setError] = useState<FormError | null>(null);
  useEffect(() => {
    setDecision(goal.decision);
    setReason(goal.decisionReason);
  }, [goal.decision, goal.decisionReason]);

  const changed = decision !== goal.decision || reason.trim() !== goal.decisionReason;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (decisionNeedsReason(decision) && !reason.trim()) {
      setError({
        field: "decisionReason",
        message: `Say why you ${decision} it: your future self will ask.`,
      });
      return;
    }
    setError(null);
    try {
      await update.mutateAsync({ id: goal.id, changes: { decision, decisionReason: reason.trim() } });
      toast({ message: `Decision saved: ${DECISION_LABELS[decision]}.` });
    } catch (failure) {
      setError(formError(failure, { decision: "decision", decisionReason: "decisionReason" }));
    }
  }

  return (
    <InfoCard title="Decision">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Decision">
        <Stack gap="sm">
          <Group gap="xs">
            <DecisionBadge decision={goal.decision} size="lg" />
            {goal.decidedAt && goal.decision !== "undecided" && (
              <Text size="sm" c="dimmed">
                decided {formatDate(goal.decidedAt)}
              </Text>
            )}
          </Group>
          <SegmentedControl
            aria-label="Decision"
            value={decision}
            onChange={(value) => {
              setDecision(value as GoalDecision);
              setError(null);
            }}
            data={GOAL_DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
            fullWidth
          />
          <Text size="sm" c="dimmed">
            {DECISION_HINTS[decision]}
          </Text>
          <Textarea
            id="goal-decision-reason"
            label="Why"
            description={
              decisionNeedsReason(decision) ? "Needed for this decision." : "Optional while undecided."
            }
            autosize
            minRows={2}
            maxLength={5000}
            value={reason}
            error={error?.field === "decisionReason" ? error.message : undefined}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {error && error.field !== "decisionReason" && (
            <Text size="sm" c="var(--cc-text-danger)" role="alert">
              {error.message}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" disabled={!changed} loading={update.isPending}>
              Save decision
            </Button>
          </Group>
        </Stack>
      </form>
    </InfoCard>
  );
}
