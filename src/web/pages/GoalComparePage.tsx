import {
  Anchor,
  Breadcrumbs,
  Chip,
  EmptyState,
  Group,
  MultiSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { IconArrowsLeftRight } from "@tabler/icons-react";
import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import {
  CRITERION_LABELS,
  GOAL_CRITERIA,
  GOAL_KIND_LABELS,
  GOAL_KINDS,
  type GoalCriterion,
} from "../../core/goal.js";
import { ApiError } from "../api/http.js";
import { ErrorState } from "../components/ErrorState.js";
import { DecisionBadge } from "../components/goals/DecisionBadge.js";
import { ScoreInput } from "../components/goals/ScoreInput.js";
import { Page, PageHeader } from "../components/Page.js";
import { useGoalComparison, useGoals } from "../hooks/goals.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { formatDate } from "../lib/format.js";

const MAX_GOALS = 6;

/** "only goals…" → "Only goals…". */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function list(value: string | null): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `/goals/compare?ids=&criteria=`: goals of one kind side by side on the criteria I pick. */
export function GoalComparePage() {
  usePageTitle("Compare goals");
  const [params, setParams] = useSearchParams();
  const ids = list(params.get("ids")).slice(0, MAX_GOALS);
  const chosenCriteria = list(params.get("criteria")).filter((c): c is GoalCriterion =>
    (GOAL_CRITERIA as readonly string[]).includes(c),
  );
  const criteria = chosenCriteria.length > 0 ? chosenCriteria : [...GOAL_CRITERIA];
  const goals = useGoals("all");
  const comparison = useGoalComparison(ids, criteria.length === GOAL_CRITERIA.length ? [] : criteria);

  const all = goals.data?.items ?? [];
  const kind = all.find((goal) => goal.id === ids[0])?.kind ?? null;
  const options = useMemo(
    () =>
      GOAL_KINDS.map((k) => ({
        group: GOAL_KIND_LABELS[k],
        items: all
          .filter((goal) => goal.kind === k && (!goal.archived || ids.includes(goal.id)))
          .map((goal) => ({
            value: goal.id,
            label: goal.title,
            disabled: kind !== null && k !== kind && !ids.includes(goal.id),
          })),
      })).filter((group) => group.items.length > 0),
    [all, kind, ids],
  );

  const set = (name: string, values: readonly string[]) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (values.length === 0) next.delete(name);
        else next.set(name, values.join(","));
        return next;
      },
      { replace: true },
    );

  const data = comparison.data;
  return (
    <Page size="xl">
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/goals">
          Goals
        </Anchor>
        <span>Compare</span>
      </Breadcrumbs>
      <PageHeader
        title="Compare goals"
        below={
          <Text c="dimmed">
            Goals of the same kind side by side: scores, notes, decisions and what the conversations said.
          </Text>
        }
      />
      <Paper withBorder radius="lg" p="lg" mb="lg">
        <Stack gap="md">
          <MultiSelect
            id="compare-goals"
            label="Goals"
            description={
              kind
                ? `${GOAL_KIND_LABELS[kind]}: only goals of this kind can be compared with it (up to ${MAX_GOALS}).`
                : `Pick two to ${MAX_GOALS} goals of the same kind.`
            }
            placeholder={goals.isPending ? "Loading…" : ids.length === 0 ? "Choose goals" : undefined}
            data={options}
            value={ids}
            onChange={(values) => set("ids", values)}
            searchable
            maxValues={MAX_GOALS}
            nothingFoundMessage="No goal by that name"
            error={goals.isError ? `Could not load your goals: ${goals.error.message}` : undefined}
          />
          <div>
            <Text size="sm" fw={500} mb={6} id="compare-criteria-label">
              Criteria
            </Text>
            <Chip.Group
              multiple
              value={criteria}
              onChange={(values) => set("criteria", values.length === GOAL_CRITERIA.length ? [] : values)}
            >
              <Group gap="xs" role="group" aria-labelledby="compare-criteria-label">
                {GOAL_CRITERIA.map((c) => (
                  <Chip key={c} value={c} size="sm" variant="light">
                    {CRITERION_LABELS[c]}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
        </Stack>
      </Paper>

      {ids.length < 2 ? (
        <Paper withBorder radius="lg">
          <EmptyState
            py={48}
            icon={<IconArrowsLeftRight size={28} stroke={1.5} />}
            withIndicatorBackground
            title="Pick at least two goals"
            description="Two roles, two companies, two programmes: see them side by side before deciding."
          />
        </Paper>
      ) : comparison.isError ? (
        <ErrorState
          error={
            comparison.error instanceof ApiError
              ? new Error(sentence(comparison.error.fieldMessage))
              : comparison.error
          }
          onRetry={
            comparison.error instanceof ApiError && comparison.error.status === 400
              ? undefined
              : () => void comparison.refetch()
          }
          title="Could not compare these goals"
        />
      ) : !data ? (
        <Skeleton height={320} radius="lg" aria-busy="true" aria-label="Loading the comparison" />
      ) : (
        <Paper
          withBorder
          radius="lg"
          style={{ overflowX: "auto", opacity: comparison.isPlaceholderData ? 0.6 : 1 }}
        >
          <Table
            verticalSpacing="sm"
            horizontalSpacing="md"
            miw={220 + data.goals.length * 220}
            aria-label={`${data.kindLabel}: goals compared`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180} scope="col">
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {data.kindLabel}
                  </Text>
                </Table.Th>
                {data.goals.map((goal) => (
                  <Table.Th key={goal.id} scope="col">
                    <Anchor component={Link} to={`/goals/${goal.id}`} fw={650}>
                      {goal.title}
                    </Anchor>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" style={{ verticalAlign: "top" }}>
                  Decision
                </Table.Th>
                {data.goals.map((goal) => (
                  <Table.Td key={goal.id} valign="top">
                    <DecisionBadge decision={goal.decision} />
                    {goal.decisionReason && (
                      <Text size="sm" mt={4}>
                        {goal.decisionReason}
                      </Text>
                    )}
                    {goal.decidedAt && goal.decision !== "undecided" && (
                      <Text size="xs" c="dimmed">
                        {formatDate(goal.decidedAt)}
                      </Text>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" style={{ verticalAlign: "top" }}>
                  Conversations
                </Table.Th>
                {data.goals.map((goal) => (
                  <Table.Td key={goal.id}>{goal.conversationCount}</Table.Td>
                ))}
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" style={{ verticalAlign: "top" }}>
                  Average fit
                </Table.Th>
                {data.goals.map((goal) => (
                  <Table.Td key={goal.id}>
                    {goal.averageFit === null ? (
                      <Text size="sm" c="dimmed">
                        Not rated
                      </Text>
                    ) : (
                      <Text size="sm" fw={600}>
                        {goal.averageFit.toFixed(1)}{" "}
                        <Text span size="xs" c="dimmed" fw={400}>
                          of 5
                        </Text>
                      </Text>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
              {data.criteria.map((criterion) => (
                <Table.Tr key={criterion.key}>
                  <Table.Th scope="row" style={{ verticalAlign: "top" }}>
                    {criterion.label}
                  </Table.Th>
                  {data.goals.map((goal) => {
                    const score = goal.scores.find((s) => s.criterion === criterion.key);
                    return (
                      <Table.Td key={goal.id} valign="top">
                        {score?.score ? (
                          <ScoreInput
                            label={`${criterion.label} of ${goal.title}`}
                            value={score.score}
                            readOnly
                            size="sm"
                          />
                        ) : (
                          <Text size="sm" c="dimmed">
                            Not scored
                          </Text>
                        )}
                        {score?.note && (
                          <Text size="sm" mt={4} c="var(--cc-color-text-soft)">
                            {score.note}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Page>
  );
}
