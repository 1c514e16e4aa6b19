import {
  ActionIcon,
  Anchor,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import {
  IconArchive,
  IconArchiveOff,
  IconArrowsLeftRight,
  IconCalendarPlus,
  IconPencil,
} from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { GOAL_KIND_LABELS, learnSentence } from "../../core/goal.js";
import { isNotFound } from "../api/http.js";
import { StageBadge } from "../components/conversations/StageBadge.js";
import { DeleteIconButton } from "../components/DeleteIconButton.js";
import { ErrorState } from "../components/ErrorState.js";
import { AssessmentCard } from "../components/goals/AssessmentCard.js";
import { DecisionBadge } from "../components/goals/DecisionBadge.js";
import { DecisionCard } from "../components/goals/DecisionCard.js";
import { GoalFormModal, type GoalFormValues } from "../components/goals/GoalFormModal.js";
import { ScoreInput } from "../components/goals/ScoreInput.js";
import { InfoCard } from "../components/InfoCard.js";
import { Page } from "../components/Page.js";
import { useDeleteInsight } from "../hooks/follow-through.js";
import { useArchiveGoal, useGoal, useGoals, useUpdateGoal } from "../hooks/goals.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { shortDateTime } from "../lib/datetime.js";
import { formatDate } from "../lib/format.js";
import { useToast } from "../lib/toast-context.js";
import { NotFoundPage } from "./NotFoundPage.js";

/** `/goals/:id`: one exploration: what, the conversations and insights that served it, the assessment, the decision. */
export function GoalPage() {
  const { id = "" } = useParams();
  const goal = useGoal(id);
  const sameKind = useGoals();
  const update = useUpdateGoal();
  const archive = useArchiveGoal();
  const removeInsight = useDeleteInsight();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  usePageTitle(goal.data?.title ?? (goal.isError ? "Goal not found" : "Goal"));
  useHotkeys([["e", () => goal.data && setEditing(true)]]);
  const initial = useMemo<GoalFormValues>(
    () => ({
      title: goal.data?.title ?? "",
      kind: goal.data?.kind ?? "role",
      description: goal.data?.description ?? "",
      learnPhrase: goal.data?.learnPhrase ?? "",
    }),
    [goal.data?.title, goal.data?.kind, goal.data?.description, goal.data?.learnPhrase],
  );

  if (goal.isError) {
    return isNotFound(goal.error) ? (
      <NotFoundPage
        title="Goal not found"
        description="There is no goal at this address."
        action={
          <Button component={Link} to="/goals">
            Back to the goals
          </Button>
        }
      />
    ) : (
      <Page>
        <ErrorState error={goal.error} onRetry={() => void goal.refetch()} title="Could not load this goal" />
      </Page>
    );
  }
  if (!goal.data) {
    return (
      <Page size="xl">
        <Stack gap="lg" aria-busy="true" aria-label="Loading the goal">
          <Skeleton height={32} width={360} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Skeleton height={300} radius="lg" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Skeleton height={200} radius="lg" />
            </Grid.Col>
          </Grid>
        </Stack>
      </Page>
    );
  }

  const data = goal.data;
  const others = (sameKind.data?.items ?? []).filter((g) => g.kind === data.kind && g.id !== data.id);
  const toggleArchived = () =>
    archive.mutate(
      { id: data.id, archived: !data.archived },
      {
        onSuccess: () =>
          toast({
            message: data.archived ? `${data.title} is back.` : `${data.title} is archived.`,
            color: data.archived ? "green" : "gray",
          }),
        onError: (error) => toast({ title: "Not saved", message: error.message, color: "red" }),
      },
    );

  return (
    <Page size="xl">
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/goals">
          Goals
        </Anchor>
        <span>{data.title}</span>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" mb="xl" gap="md">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Title order={1} fz={28} style={{ letterSpacing: "-0.02em", overflowWrap: "anywhere" }}>
            {data.title}
          </Title>
          <Group gap="xs">
            <DecisionBadge decision={data.decision} size="lg" />
            <Text size="sm" c="dimmed">
              {GOAL_KIND_LABELS[data.kind]}
              {data.archived ? ` · archived ${formatDate(data.archivedAt)}` : ""}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {others.length > 0 && (
            <Button
              component={Link}
              to={`/goals/compare?ids=${[data.id, ...others.slice(0, 5).map((g) => g.id)].join(",")}`}
              variant="default"
              leftSection={<IconArrowsLeftRight size={16} />}
            >
              Compare with {others.length === 1 ? "the other" : "others"}
            </Button>
          )}
          {!data.archived && (
            <Button
              component={Link}
              to={`/conversations/new?goalId=${data.id}`}
              leftSection={<IconCalendarPlus size={16} />}
            >
              Plan a conversation for this goal
            </Button>
          )}
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Tooltip label={data.archived ? "Bring it back" : "Archive: its conversations and insights stay"}>
            <ActionIcon
              variant="default"
              size={36}
              onClick={toggleArchived}
              loading={archive.isPending}
              aria-label={data.archived ? "Restore the goal" : "Archive the goal"}
            >
              {data.archived ? <IconArchiveOff size={18} /> : <IconArchive size={18} />}
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <InfoCard title="What I want to learn">
              {data.description.trim() ? (
                <Text className="pre-wrap">{data.description}</Text>
              ) : (
                <Text c="dimmed" fs="italic" size="sm">
                  No description yet.{" "}
                  <Anchor component="button" type="button" inherit onClick={() => setEditing(true)}>
                    Write what this goal should answer
                  </Anchor>
                  .
                </Text>
              )}
              {data.learnPhrase && (
                <Text size="sm" mt="sm" data-testid="goal-learn-sentence">
                  In your requests: “{learnSentence(data.learnPhrase)}”
                </Text>
              )}
            </InfoCard>
            <DecisionCard goal={data} />
            <AssessmentCard goal={data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <InfoCard title="Conversations">
              {data.conversations.length === 0 ? (
                <Text size="sm" c="dimmed" fs="italic">
                  No conversation serves this goal yet. Plan one for it, or choose goals on a conversation's
                  page.
                </Text>
              ) : (
                <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {data.conversations.map((conversation) => (
                    <Group
                      component="li"
                      key={conversation.id}
                      justify="space-between"
                      gap="sm"
                      wrap="nowrap"
                    >
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Anchor component={Link} to={`/conversations/${conversation.id}`} fw={600} size="sm">
                          {conversation.contactName}
                        </Anchor>
                        <Group gap={6}>
                          <StageBadge stage={conversation.stage} />
                          {conversation.scheduledAt && (
                            <Text size="xs" c="dimmed">
                              {shortDateTime(conversation.scheduledAt)}
                            </Text>
                          )}
                        </Group>
                        {conversation.fitNote && (
                          <Text size="xs" c="var(--cc-color-text-soft)">
                            {conversation.fitNote}
                          </Text>
                        )}
                      </Stack>
                      {conversation.fitRating !== null ? (
                        <ScoreInput
                          label={`Fit after the conversation with ${conversation.contactName}`}
                          value={conversation.fitRating}
                          readOnly
                          size="sm"
                        />
                      ) : (
                        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                          No fit yet
                        </Text>
                      )}
                    </Group>
                  ))}
                </Stack>
              )}
            </InfoCard>
            <InfoCard title="Insights">
              {data.insights.length === 0 ? (
                <Text size="sm" c="dimmed" fs="italic">
                  No insights yet. Add them in conversation mode or when wrapping up.
                </Text>
              ) : (
                <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {data.insights.map((insight) => (
                    <Group component="li" key={insight.id} gap="xs" wrap="nowrap" align="flex-start">
                      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                        <Text size="sm" className="pre-wrap">
                          {insight.text}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {insight.contactName && insight.conversationId ? (
                            <Anchor component={Link} to={`/conversations/${insight.conversationId}`} inherit>
                              {insight.contactName}
                            </Anchor>
                          ) : (
                            (insight.contactName ?? "")
                          )}
                          {insight.contactName ? " · " : ""}
                          {formatDate(insight.createdAt)}
                        </Text>
                      </Stack>
                      <DeleteIconButton
                        label={`Delete insight: ${insight.text}`}
                        onDelete={() => removeInsight.mutateAsync(insight.id)}
                      />
                    </Group>
                  ))}
                </Stack>
              )}
            </InfoCard>
          </Stack>
        </Grid.Col>
      </Grid>
      <GoalFormModal
        opened={editing}
        title="Edit the goal"
        submitLabel="Save"
        initial={initial}
        onClose={() => setEditing(false)}
        onSubmit={async (values) => {
          await update.mutateAsync({ id: data.id, changes: values });
          setEditing(false);
          toast({ message: "Goal saved." });
        }}
      />
    </Page>
  );
}
