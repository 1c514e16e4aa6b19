import { Anchor, Box, Checkbox, Group, Paper, Skeleton, Stack, Text, Textarea, Title } from "@mantine/core";
import { Link } from "react-router";
import type { QuestionList } from "../../hooks/use-question-list.js";
import type { QuestionDraft } from "../../lib/question-list.js";
import { ErrorState } from "../ErrorState.js";
import { SaveState } from "../prep/SaveState.js";

function QuestionItem({
  item,
  index,
  onAsked,
  onNote,
  onBlur,
}: {
  item: QuestionDraft;
  index: number;
  onAsked: (asked: boolean) => void;
  onNote: (note: string) => void;
  onBlur: () => void;
}) {
  const asked = item.askedAt !== null;
  return (
    <Box
      component="li"
      py="sm"
      style={{ borderTop: index === 0 ? undefined : "1px solid var(--cc-color-line)" }}
    >
      <Checkbox
        size="md"
        checked={asked}
        onChange={(event) => onAsked(event.currentTarget.checked)}
        label={
          <Text fz="lg" lh={1.4} c={asked ? "dimmed" : undefined}>
            {item.text}
          </Text>
        }
        description={item.areaLabel}
        color="teal"
      />
      <Textarea
        mt={8}
        ml={32}
        aria-label={`Note on: ${item.text}`}
        placeholder="What they said…"
        autosize
        minRows={1}
        maxRows={12}
        value={item.note}
        onChange={(event) => onNote(event.currentTarget.value)}
        onBlur={onBlur}
        variant="filled"
        data-question-note={index}
      />
    </Box>
  );
}

/** The questions to tick off as they are asked, with a note under each; saved as I go. */
export function QuestionChecklist({ list, conversationId }: { list: QuestionList; conversationId: string }) {
  const items = list.items;
  const asked = items?.filter((item) => item.askedAt !== null).length ?? 0;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="live-questions-title">
      <Group justify="space-between" align="center" mb="xs" gap="sm">
        <Title id="live-questions-title" order={2} fz="lg">
          Questions{" "}
          {items && items.length > 0 && (
            <Text span c="dimmed" fz="sm" fw={400}>
              {asked} of {items.length} asked
            </Text>
          )}
        </Title>
        <SaveState status={list.status} error={list.error} onRetry={() => void list.flush()} />
      </Group>
      {list.restored && (
        <Text size="xs" c="dimmed" mb="xs">
          Restored notes you typed here earlier that had not reached the server; saving them now.
        </Text>
      )}
      {list.query.isError && !items ? (
        <ErrorState
          error={list.query.error}
          onRetry={() => void list.query.refetch()}
          title="Could not load the questions"
        />
      ) : !items ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading the questions">
          <Skeleton height={22} />
          <Skeleton height={22} width="80%" />
          <Skeleton height={22} width="60%" />
        </Stack>
      ) : items.length === 0 ? (
        <Text c="dimmed" fs="italic">
          No questions yet.{" "}
          <Anchor component={Link} to={`/conversations/${conversationId}/prep`} inherit>
            Choose some on the prep sheet
          </Anchor>
          .
        </Text>
      ) : (
        <Box component="ol" aria-label="Question checklist" m={0} p={0} style={{ listStyle: "none" }}>
          {items.map((item, index) => (
            <QuestionItem
              key={item.key}
              item={item}
              index={index}
              onAsked={(checked) =>
                list.update(
                  (now) =>
                    now.map((q) =>
                      q.key === item.key ? { ...q, askedAt: checked ? new Date().toISOString() : null } : q,
                    ),
                  200,
                )
              }
              onNote={(note) =>
                list.update((now) => now.map((q) => (q.key === item.key ? { ...q, note } : q)))
              }
              onBlur={() => void list.flush()}
            />
          ))}
        </Box>
      )}
    </Paper>
  );
}
