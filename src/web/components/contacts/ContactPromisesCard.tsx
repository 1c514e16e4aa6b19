// On a contact's page: what I promised them (send the paper, make the introduction), open ones first.
import { Anchor, Badge, Checkbox, Group, Skeleton, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Task } from "../../api/types.js";
import { useTasks, useUpdateTask } from "../../hooks/tasks.js";
import { formatDate } from "../../lib/format.js";
import { useToast } from "../../lib/toast-context.js";
import { ErrorState } from "../ErrorState.js";
import { InfoCard } from "../InfoCard.js";

function byOpenThenDue(a: Task, b: Task): number {
  return (
    Number(a.done) - Number(b.done) ||
    (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999") ||
    b.createdAt.localeCompare(a.createdAt)
  );
}

export function ContactPromisesCard({ contactId, firstName }: { contactId: string; firstName: string }) {
  const tasks = useTasks({ contactId, done: "all" });
  const update = useUpdateTask();
  const toast = useToast();
  const promises = tasks.data?.items.filter((task) => task.kind === "promise").sort(byOpenThenDue);

  const setDone = (task: Task, done: boolean) =>
    update.mutate(
      { id: task.id, changes: { done } },
      {
        onSuccess: () => toast({ message: done ? `Kept: ${task.title}` : `Open again: ${task.title}` }),
        onError: (error) => toast({ title: "Not saved", message: error.message, color: "red" }),
      },
    );

  return (
    <InfoCard title="What I promised them">
      {tasks.isError && !tasks.data ? (
        <ErrorState
          error={tasks.error}
          onRetry={() => void tasks.refetch()}
          title="Could not load the promises"
        />
      ) : !promises ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading the promises">
          <Skeleton height={16} />
        </Stack>
      ) : promises.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No promises to {firstName}. When you offer something in a conversation, note it and it waits here
          until it is done.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {promises.map((task) => (
            <Group component="li" key={task.id} gap="sm" wrap="nowrap" align="flex-start">
              <Checkbox
                mt={2}
                checked={task.done}
                aria-label={`Done: ${task.title}`}
                onChange={(event) => setDone(task, event.currentTarget.checked)}
              />
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text
                  size="sm"
                  td={task.done ? "line-through" : undefined}
                  c={task.done ? "dimmed" : undefined}
                >
                  {task.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {task.done && task.doneAt
                    ? `Done ${formatDate(task.doneAt)}`
                    : task.dueAt
                      ? `Due ${formatDate(task.dueAt)}`
                      : `Promised ${formatDate(task.createdAt)}`}
                  {task.conversationId && (
                    <>
                      {" · "}
                      <Anchor
                        component={Link}
                        to={`/conversations/${task.conversationId}`}
                        inherit
                        underline="always"
                      >
                        the conversation
                      </Anchor>
                    </>
                  )}
                </Text>
              </Stack>
              {!task.done && task.dueAt && task.dueAt < new Date().toISOString() && (
                <Badge color="red" variant="light" size="sm">
                  Overdue
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </InfoCard>
  );
}
