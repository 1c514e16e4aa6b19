import { Anchor, Group, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import type { Conversation } from "../../api/types.js";
import { useSetGoalFit } from "../../hooks/follow-through.js";
import { useGoal } from "../../hooks/goals.js";
import { useToast } from "../../lib/toast-context.js";
import { ScoreInput } from "../goals/ScoreInput.js";
import { StepCard } from "./StepCard.js";

function GoalFitRow({ conversationId, goalId }: { conversationId: string; goalId: string }) {
  const goal = useGoal(goalId);
  const setFit = useSetGoalFit(conversationId);
  const toast = useToast();
  const current = goal.data?.conversations.find((c) => c.id === conversationId);
  const [rating, setRating] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const savedRating = current?.fitRating ?? null;
  const savedNote = current?.fitNote ?? "";
  useEffect(() => {
    setRating(savedRating);
    setNote(savedNote);
  }, [savedRating, savedNote]);

  if (goal.isPending) return <Skeleton height={40} />;
  if (goal.isError) {
    return (
      <Text size="sm" c="var(--cc-text-danger)" role="alert">
        Could not load a goal: {goal.error.message}
      </Text>
    );
  }
  const save = (fitRating: number | null, fitNote: string) =>
    setFit.mutate(
      { goalId, fit: { fitRating, note: fitNote } },
      {
        onSuccess: () => toast({ message: `Fit for “${goal.data.title}” saved.`, duration: 2500 }),
        onError: (error) => toast({ title: "Not saved", message: error.message, color: "red" }),
      },
    );

  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Anchor component={Link} to={`/goals/${goalId}`} fw={600}>
          {goal.data.title}
        </Anchor>
        <ScoreInput
          label={`Fit of ${goal.data.title}`}
          value={rating}
          onChange={(value) => {
            setRating(value);
            save(value, note);
          }}
        />
      </Group>
      <TextInput
        aria-label={`Why, for ${goal.data.title}`}
        placeholder="Why this score? (saved when you leave the field)"
        value={note}
        maxLength={5000}
        onChange={(event) => setNote(event.currentTarget.value)}
        onBlur={() => {
          if (note !== savedNote) save(rating, note);
        }}
        size="sm"
      />
    </Stack>
  );
}

/** Step 3: after what I heard, how well each goal of the conversation fits me (1 to 5). */
export function GoalFitStep({ conversation }: { conversation: Conversation }) {
  return (
    <StepCard
      step={3}
      title="How well does each goal fit?"
      hint="1 is a poor fit, 5 a great one. Goal pages average these across conversations."
    >
      {conversation.goalIds.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No goal is linked to this conversation.{" "}
          <Anchor component={Link} to={`/conversations/${conversation.id}`} inherit>
            Choose its goals on the conversation page
          </Anchor>
          .
        </Text>
      ) : (
        <Stack gap="lg">
          {conversation.goalIds.map((goalId) => (
            <GoalFitRow key={goalId} conversationId={conversation.id} goalId={goalId} />
          ))}
        </Stack>
      )}
    </StepCard>
  );
}
