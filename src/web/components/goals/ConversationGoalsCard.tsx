import { ActionIcon, Anchor, Group, MultiSelect, Stack, Text, Tooltip } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { GOAL_KIND_LABELS, GOAL_KINDS, type GoalKind } from "../../../core/goal.js";
import type { Conversation } from "../../api/types.js";
import { useUpdateConversation } from "../../hooks/conversations.js";
import { useCreateGoal, useGoals } from "../../hooks/goals.js";
import { prepKeys } from "../../hooks/preparation-keys.js";
import { sentence } from "../../lib/format.js";
import { useToast } from "../../lib/toast-context.js";
import { InfoCard } from "../InfoCard.js";
import { DecisionBadge } from "./DecisionBadge.js";
import { GoalFormModal, type GoalFormValues } from "./GoalFormModal.js";

/** The goal kind a conversation of this kind most likely serves, for a new goal made from it. */
const KIND_FOR: Record<Conversation["kind"], GoalKind> = {
  person: "person",
  industry: "industry",
  company: "company",
  programme: "programme",
  coworker: "role",
};

/** Which of my goals this conversation serves: chosen here, saved at once. */
export function ConversationGoalsCard({ conversation }: { conversation: Conversation }) {
  const goals = useGoals("all");
  const update = useUpdateConversation();
  const create = useCreateGoal();
  const toast = useToast();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const all = goals.data?.items ?? [];
  const chosen = all.filter((goal) => conversation.goalIds.includes(goal.id));
  const options = useMemo(
    () =>
      GOAL_KINDS.map((kind) => ({
        group: GOAL_KIND_LABELS[kind],
        items: all
          .filter((goal) => goal.kind === kind && (!goal.archived || conversation.goalIds.includes(goal.id)))
          .map((goal) => ({ value: goal.id, label: goal.title })),
      })).filter((group) => group.items.length > 0),
    [all, conversation.goalIds],
  );
  const initial = useMemo<GoalFormValues>(
    () => ({ title: "", kind: KIND_FOR[conversation.kind], description: "", learnPhrase: "" }),
    [conversation.kind],
  );

  // Goals count their conversations, and the prep sheet names the goals: both are asked again.
  const goalsChanged = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: prepKeys.goals }),
      client.invalidateQueries({ queryKey: prepKeys.prepSheet(conversation.id) }),
    ]);
  const save = (goalIds: string[]) =>
    update.mutate(
      { id: conversation.id, changes: { goalIds } },
      {
        onSuccess: () => void goalsChanged(),
        onError: (error) => toast({ title: "Not saved", message: error.message, color: "red" }),
      },
    );

  return (
    <InfoCard
      title="Goals"
      action={
        <Tooltip label="New goal" withArrow openDelay={300}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => setAdding(true)}
            aria-label="New goal"
          >
            <IconPlus size={15} />
          </ActionIcon>
        </Tooltip>
      }
    >
      <Stack gap="sm">
        <MultiSelect
          id="conversation-goals"
          aria-label="Goals this conversation serves"
          placeholder={
            goals.isPending ? "Loading…" : chosen.length === 0 ? "What should it help you decide?" : undefined
          }
          data={options}
          value={conversation.goalIds}
          onChange={save}
          searchable
          clearable
          nothingFoundMessage={all.length === 0 ? "No goals yet: add one with +" : "No goal by that name"}
          error={goals.isError ? `Could not load your goals: ${goals.error.message}` : undefined}
        />
        {chosen.length > 0 ? (
          <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {chosen.map((goal) => (
              <Group component="li" key={goal.id} justify="space-between" gap="xs" wrap="nowrap">
                <Anchor component={Link} to={`/goals/${goal.id}`} size="sm" style={{ minWidth: 0 }}>
                  {goal.title}
                </Anchor>
                <DecisionBadge decision={goal.decision} size="sm" />
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            A goal gives the prep sheet its “why”, and this conversation a say in the decision.
          </Text>
        )}
      </Stack>
      <GoalFormModal
        opened={adding}
        title="New goal"
        submitLabel="Add goal"
        initial={initial}
        onClose={() => setAdding(false)}
        onSubmit={async (values) => {
          const goal = await create.mutateAsync(values);
          await update.mutateAsync({
            id: conversation.id,
            changes: { goalIds: [...conversation.goalIds, goal.id] },
          });
          setAdding(false);
          toast({ message: sentence(`Goal added: ${goal.title}`) });
        }}
      />
    </InfoCard>
  );
}
