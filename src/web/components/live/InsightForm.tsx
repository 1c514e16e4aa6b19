import { Badge, Button, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { IconBulb } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useAddInsight, useDeleteInsight, useInsights } from "../../hooks/follow-through.js";
import { useGoals } from "../../hooks/goals.js";
import { type FormError, formError } from "../../lib/form-error.js";
import { DeleteIconButton } from "../DeleteIconButton.js";
import { AddedList } from "./AddedList.js";

/** Something I learned, optionally towards one of my goals (those of this conversation first). */
export function InsightForm({ conversationId, goalIds }: { conversationId: string; goalIds: string[] }) {
  const add = useAddInsight(conversationId);
  const remove = useDeleteInsight();
  const insights = useInsights({ conversationId });
  const goals = useGoals();
  const [text, setText] = useState("");
  const [goalId, setGoalId] = useState<string | null>(goalIds.length === 1 ? (goalIds[0] ?? null) : null);
  const [error, setError] = useState<FormError | null>(null);

  const all = goals.data?.items ?? [];
  const goalOptions = [
    ...all.filter((goal) => goalIds.includes(goal.id)),
    ...all.filter((goal) => !goalIds.includes(goal.id)),
  ].map((goal) => ({ value: goal.id, label: goal.title }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError({ field: "text", message: "What did you learn?" });
      return;
    }
    setError(null);
    try {
      await add.mutateAsync({ text: text.trim(), goalId });
      setText("");
      document.getElementById("insight-text")?.focus();
    } catch (failure) {
      setError(formError(failure, { text: "text", goalId: "goalId" }));
    }
  }

  const items = insights.data?.items ?? [];
  return (
    <>
      <form onSubmit={(event) => void submit(event)} aria-label="Add an insight" noValidate>
        <Stack gap="sm">
          <Textarea
            id="insight-text"
            label="I learned…"
            placeholder="e.g. Most people there came in through internships"
            autosize
            minRows={2}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) void submit(event);
            }}
            error={error?.field !== "goalId" ? error?.message : undefined}
            maxLength={5000}
            required
          />
          <Select
            id="insight-goal"
            label="For the goal"
            placeholder={goals.isPending ? "Loading…" : "No particular goal"}
            data={goalOptions}
            value={goalId}
            onChange={setGoalId}
            clearable
            error={error?.field === "goalId" ? error.message : undefined}
          />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconBulb size={16} />} loading={add.isPending}>
              Add insight
            </Button>
          </Group>
        </Stack>
      </form>
      <AddedList label="Insights" empty="None yet. What surprised you?">
        {items.map((insight) => (
          <Group
            key={insight.id}
            component="li"
            gap={6}
            wrap="nowrap"
            align="flex-start"
            justify="space-between"
          >
            <div style={{ minWidth: 0 }}>
              <Text size="sm" className="pre-wrap">
                {insight.text}
              </Text>
              {insight.goalTitle && (
                <Badge size="xs" variant="light" color="gray" tt="none" mt={2}>
                  {insight.goalTitle}
                </Badge>
              )}
            </div>
            <DeleteIconButton
              label={`Delete insight: ${insight.text}`}
              onDelete={() => remove.mutateAsync(insight.id)}
            />
          </Group>
        ))}
      </AddedList>
    </>
  );
}
