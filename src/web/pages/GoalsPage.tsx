import {
  Anchor,
  Box,
  Button,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconArrowsLeftRight, IconPlus, IconTarget } from "@tabler/icons-react";
import { useQueries } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { GOAL_KIND_LABELS, GOAL_KINDS } from "../../core/goal.js";
import type { Goal } from "../api/types.js";
import { ErrorState } from "../components/ErrorState.js";
import { DecisionBadge } from "../components/goals/DecisionBadge.js";
import { GoalFormModal, type GoalFormValues } from "../components/goals/GoalFormModal.js";
import { Page, PageHeader } from "../components/Page.js";
import { getGoal, useCreateGoal, useGoals } from "../hooks/goals.js";
import { prepKeys } from "../hooks/preparation-keys.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { countLabel, sentence } from "../lib/format.js";
import { useToast } from "../lib/toast-context.js";

const NEW_GOAL: GoalFormValues = { title: "", kind: "role", description: "", learnPhrase: "" };

/** Conversation and insight counts come with each goal's detail (the list does not carry them). */
function useGoalCounts(goals: readonly Goal[]) {
  const details = useQueries({
    queries: goals.map((goal) => ({
      queryKey: prepKeys.goal(goal.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getGoal(goal.id, signal),
    })),
  });
  return new Map(
    goals.map((goal, index) => {
      const data = details[index]?.data;
      return [
        goal.id,
        data ? { conversations: data.conversations.length, insights: data.insights.length } : null,
      ];
    }),
  );
}

function GoalRow({
  goal,
  counts,
}: {
  goal: Goal;
  counts: { conversations: number; insights: number } | null;
}) {
  return (
    <Box component="li" className="contact-row" py="sm" style={{ display: "block" }}>
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/goals/${goal.id}`} fw={600} style={{ overflowWrap: "anywhere" }}>
            {goal.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {counts
              ? `${countLabel(counts.conversations, "conversation")} · ${countLabel(counts.insights, "insight")}`
              : "…"}
            {goal.decisionReason && goal.decision !== "undecided" ? ` · ${goal.decisionReason}` : ""}
          </Text>
        </Stack>
        <DecisionBadge decision={goal.decision} style={{ flexShrink: 0 }} />
      </Group>
    </Box>
  );
}

/** `/goals`: what I am exploring, by kind, with where each stands. */
export function GoalsPage() {
  usePageTitle("Goals");
  const navigate = useNavigate();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const archived = params.get("archived") === "true" ? "true" : "false";
  const goals = useGoals(archived);
  const create = useCreateGoal();
  const [adding, setAdding] = useState(false);
  useHotkeys([["n", () => setAdding(true)]]);
  const items = goals.data?.items ?? [];
  const counts = useGoalCounts(items);
  const byKind = useMemo(
    () =>
      GOAL_KINDS.map((kind) => ({ kind, goals: items.filter((goal) => goal.kind === kind) })).filter(
        (group) => group.goals.length > 0,
      ),
    [items],
  );

  return (
    <Page size="lg">
      <PageHeader
        title="Goals"
        below={
          <Text c="dimmed">
            What you are exploring. Each conversation informs a goal; each goal ends in a decision.
          </Text>
        }
        actions={
          <>
            <Button
              component={Link}
              to="/goals/compare"
              variant="default"
              leftSection={<IconArrowsLeftRight size={16} />}
            >
              Compare
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              New goal
            </Button>
          </>
        }
      />
      <Group mb="md">
        <SegmentedControl
          aria-label="Which goals"
          value={archived}
          onChange={(value) =>
            setParams(value === "true" ? { archived: "true" } : {}, {
              replace: true,
            })
          }
          data={[
            { value: "false", label: "Active" },
            { value: "true", label: "Archived" },
          ]}
        />
        {goals.data && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {countLabel(items.length, "goal")}
          </Text>
        )}
      </Group>
      {goals.isError && !goals.data ? (
        <ErrorState
          error={goals.error}
          onRetry={() => void goals.refetch()}
          title="Could not load your goals"
        />
      ) : goals.isPending ? (
        <Stack gap="lg" aria-busy="true" aria-label="Loading your goals">
          <Skeleton height={120} radius="lg" />
          <Skeleton height={120} radius="lg" />
        </Stack>
      ) : byKind.length === 0 ? (
        <Paper withBorder radius="lg">
          <EmptyState
            py={56}
            icon={<IconTarget size={28} stroke={1.5} />}
            withIndicatorBackground
            title={archived === "true" ? "No archived goals" : "No goals yet"}
            description={
              archived === "true"
                ? "Goals you archive wait here."
                : "A goal is what you want to learn: a role, an industry, a company, a programme. Conversations then serve it, and it ends in a decision."
            }
          >
            {archived !== "true" && (
              <Button mt="md" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
                Add your first goal
              </Button>
            )}
          </EmptyState>
        </Paper>
      ) : (
        <Stack gap="xl">
          {byKind.map(({ kind, goals: group }) => (
            <Box component="section" key={kind} aria-label={GOAL_KIND_LABELS[kind]}>
              <Group justify="space-between" mb="xs">
                <Title order={2} fz="sm" c="dimmed" tt="uppercase" style={{ letterSpacing: "0.06em" }}>
                  {GOAL_KIND_LABELS[kind]}{" "}
                  <Text span inherit c="dimmed">
                    {group.length}
                  </Text>
                </Title>
                {group.length >= 2 && (
                  <Anchor
                    component={Link}
                    to={`/goals/compare?ids=${group
                      .slice(0, 6)
                      .map((g) => g.id)
                      .join(",")}`}
                    size="sm"
                  >
                    Compare these
                  </Anchor>
                )}
              </Group>
              <Paper withBorder radius="lg" style={{ overflow: "hidden" }}>
                <Box component="ul" m={0} p={0} style={{ listStyle: "none" }}>
                  {group.map((goal) => (
                    <GoalRow key={goal.id} goal={goal} counts={counts.get(goal.id) ?? null} />
                  ))}
                </Box>
              </Paper>
            </Box>
          ))}
        </Stack>
      )}
      <GoalFormModal
        opened={adding}
        title="New goal"
        submitLabel="Add goal"
        initial={NEW_GOAL}
        onClose={() => setAdding(false)}
        onSubmit={async (values) => {
          const goal = await create.mutateAsync(values);
          setAdding(false);
          toast({ message: sentence(`Goal added: ${goal.title}`) });
          navigate(`/goals/${goal.id}`);
        }}
      />
    </Page>
  );
}
