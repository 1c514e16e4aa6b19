import { Group, Stack, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { CRITERION_LABELS, GOAL_CRITERIA, type GoalCriterion } from "../../../core/goal.js";
import type { Goal } from "../../api/types.js";
import { useUpdateGoal } from "../../hooks/goals.js";
import { useToast } from "../../lib/toast-context.js";
import { InfoCard } from "../InfoCard.js";
import { ScoreInput } from "./ScoreInput.js";

const CRITERION_HINTS: Record<GoalCriterion, string> = {
  "day-to-day": "Would you enjoy the work as it really is, day after day?",
  "skills-gap": "5: you have what it takes; 1: a long way to go.",
  culture: "The people and the way they work.",
  outlook: "Is it growing, and where will it be in five years?",
  fit: "Overall, for you.",
};

function CriterionRow({ goal, criterion }: { goal: Goal; criterion: GoalCriterion }) {
  const update = useUpdateGoal();
  const toast = useToast();
  const saved = goal.assessment[criterion];
  const savedNote = saved?.note ?? "";
  const [note, setNote] = useState(savedNote);
  useEffect(() => setNote(savedNote), [savedNote]);

  const save = (change: { score?: number | null; note?: string }) =>
    update.mutate(
      { id: goal.id, changes: { assessment: { [criterion]: change } } },
      { onError: (error) => toast({ title: "Not saved", message: error.message, color: "red" }) },
    );

  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <div>
          <Text fw={600} size="sm">
            {CRITERION_LABELS[criterion]}
          </Text>
          <Text size="xs" c="dimmed">
            {CRITERION_HINTS[criterion]}
          </Text>
        </div>
        <ScoreInput
          label={CRITERION_LABELS[criterion]}
          value={saved?.score ?? null}
          onChange={(score) => save({ score })}
        />
      </Group>
      <TextInput
        aria-label={`Note on ${CRITERION_LABELS[criterion]}`}
        placeholder="A note (saved when you leave the field)"
        size="sm"
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        onBlur={() => {
          if (note.trim() !== savedNote) save({ note: note.trim() });
        }}
      />
    </Stack>
  );
}

/** How the goal scores, 1 to 5, on each criterion goals of a kind are compared on. */
export function AssessmentCard({ goal }: { goal: Goal }) {
  return (
    <InfoCard title="Assessment">
      <Stack gap="lg">
        {GOAL_CRITERIA.map((criterion) => (
          <CriterionRow key={criterion} goal={goal} criterion={criterion} />
        ))}
      </Stack>
    </InfoCard>
  );
}
