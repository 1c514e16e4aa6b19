import { ActionIcon, Checkbox, Group, Skeleton, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { IconCalendar, IconPlus } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import type { Conversation, Task } from "../../api/types.js";
import { useCreateTask, useTasks, useUpdateTask } from "../../hooks/tasks.js";
import { fromLocalInputs } from "../../lib/datetime.js";
import { formatDate } from "../../lib/format.js";
import { useToast } from "../../lib/toast-context.js";
import { DayInput } from "../form/DayTimeInputs.js";
import { InfoCard } from "../InfoCard.js";

function TaskRow({ task }: { task: Task }) {
  const update = useUpdateTask();
  const toast = useToast();
  // Ticked at once; put back if the server says no.
  const [done, setDone] = useState(task.done);
  useEffect(() => setDone(task.done), [task.done]);
  const overdue = !done && task.dueAt !== null && new Date(task.dueAt) < new Date();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" component="li">
      <Checkbox
        checked={done}
        aria-label={task.title}
        onChange={(event) => {
          const next = event.currentTarget.checked;
          setDone(next);
          update.mutate(
            { id: task.id, changes: { done: next } },
            {
              onError: (error) => {
                setDone(!next);
                toast({ title: "Not saved", message: error.message, color: "red" });
              },
            },
          );
        }}
        mt={2}
      />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" td={done ? "line-through" : undefined} c={done ? "dimmed" : undefined}>
          {task.title}
        </Text>
        {task.dueAt && !done && (
          <Text size="xs" c={overdue ? "var(--cc-text-danger)" : "dimmed"}>
            {overdue ? "Was due" : "Due"} {formatDate(task.dueAt)}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

/** What I promised (the article, the introduction) and other to-dos for this conversation. */
export function TasksCard({ conversation }: { conversation: Conversation }) {
  const tasks = useTasks({ conversationId: conversation.id, done: "all" });
  const create = useCreateTask();
  const toast = useToast();
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const [dueError, setDueError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() || create.isPending) return;
    if (due && !fromLocalInputs(due, "17:00")) {
      setDueError("Not a day we can read.");
      return;
    }
    setDueError(null);
    try {
      await create.mutateAsync({
        title: title.trim(),
        kind: "promise",
        contactId: conversation.contactId,
        conversationId: conversation.id,
        ...(due ? { dueAt: fromLocalInputs(due, "17:00") ?? undefined } : {}),
      });
      setTitle("");
      setDue("");
    } catch (error) {
      toast({
        title: "Not added",
        message: error instanceof Error ? error.message : "Try again.",
        color: "red",
      });
    }
  }

  const items = [...(tasks.data?.items ?? [])].sort((a, b) => Number(a.done) - Number(b.done));
  return (
    <InfoCard title="Promises and to-dos">
      <Stack gap="sm">
        {tasks.isPending ? (
          <Skeleton height={18} />
        ) : tasks.isError ? (
          <Text size="sm" c="var(--cc-text-danger)" role="alert">
            Could not load the to-dos: {tasks.error.message}
          </Text>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            Promised to send something, or to introduce someone? Note it here; it shows on Today when due.
          </Text>
        ) : (
          <Stack gap={8} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {items.map((task) => (
              <TaskRow key={task.id} task={task} />
            ))}
          </Stack>
        )}
        <form onSubmit={(event) => void add(event)} aria-label="Add a to-do">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label="New to-do"
              placeholder="e.g. Send them the paper"
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              style={{ flex: 1 }}
              maxLength={300}
            />
            <Tooltip label="Due on (optional)" withArrow openDelay={300}>
              <DayInput
                aria-label="Due on"
                leftSection={<IconCalendar size={14} />}
                value={due}
                error={dueError}
                onChange={setDue}
                w={150}
              />
            </Tooltip>
            <ActionIcon
              type="submit"
              size={36}
              aria-label="Add the to-do"
              loading={create.isPending}
              disabled={!title.trim()}
            >
              <IconPlus size={18} />
            </ActionIcon>
          </Group>
        </form>
      </Stack>
    </InfoCard>
  );
}
