import { Button, Checkbox, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconChecklist } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useAddPromise } from "../../hooks/follow-through.js";
import { useTasks, useUpdateTask } from "../../hooks/tasks.js";
import { dateStyle } from "../../lib/date-style.js";
import { fromLocalInputs } from "../../lib/datetime.js";
import { type FormError, formError } from "../../lib/form-error.js";
import { formatDate } from "../../lib/format.js";
import { showTimeOfDay } from "../../lib/typed-date.js";
import { DayInput } from "../form/DayTimeInputs.js";
import { AddedList } from "./AddedList.js";

/** Something I promised (the article, the introduction): it becomes my task, due tomorrow unless said. */
export function PromiseForm({ conversationId }: { conversationId: string }) {
  const add = useAddPromise(conversationId);
  const tasks = useTasks({ conversationId, done: "all" });
  const updateTask = useUpdateTask();
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const [error, setError] = useState<FormError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError({ field: "title", message: "What did you promise?" });
      return;
    }
    if (due && !fromLocalInputs(due, "17:00")) {
      setError({ field: "due", message: "Not a day we can read." });
      return;
    }
    setError(null);
    try {
      await add.mutateAsync({
        title: title.trim(),
        ...(due ? { dueAt: fromLocalInputs(due, "17:00") ?? undefined } : {}),
      });
      setTitle("");
      setDue("");
      document.getElementById("promise-title")?.focus();
    } catch (failure) {
      setError(formError(failure, { title: "title", dueAt: "due" }));
    }
  }

  const promises = (tasks.data?.items ?? []).filter((task) => task.kind === "promise");
  return (
    <>
      <form onSubmit={(event) => void submit(event)} aria-label="Add a promise" noValidate>
        <Stack gap="sm">
          <TextInput
            id="promise-title"
            label="I promised to…"
            placeholder="e.g. Send them the paper on compilers"
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={error?.field === "title" || error?.field === null ? error.message : undefined}
            maxLength={300}
            required
          />
          <DayInput
            id="promise-due"
            label="By"
            description={`Tomorrow at ${showTimeOfDay("17:00", dateStyle().hourCycle === "h12")} if left empty`}
            value={due}
            onChange={setDue}
            error={error?.field === "due" ? error.message : undefined}
          />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconChecklist size={16} />} loading={add.isPending}>
              Add promise
            </Button>
          </Group>
        </Stack>
      </form>
      <AddedList label="My promises" empty="None yet. Promise little, and keep it.">
        {promises.map((task) => (
          <Group key={task.id} component="li" gap={8} wrap="nowrap" align="flex-start">
            <Checkbox
              mt={2}
              size="sm"
              checked={task.done}
              aria-label={`Done: ${task.title}`}
              onChange={(event) =>
                updateTask.mutate({ id: task.id, changes: { done: event.currentTarget.checked } })
              }
            />
            <div style={{ minWidth: 0 }}>
              <Text
                size="sm"
                td={task.done ? "line-through" : undefined}
                c={task.done ? "dimmed" : undefined}
              >
                {task.title}
              </Text>
              {task.dueAt && !task.done && (
                <Text size="xs" c="dimmed">
                  Due {formatDate(task.dueAt)}
                </Text>
              )}
            </div>
          </Group>
        ))}
      </AddedList>
    </>
  );
}
