import { Anchor, Box, Button, Group, Paper, Skeleton, Stack, Switch, Text, Title } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { AREA_LABELS, QUESTION_AREAS } from "../../core/question-areas.js";
import type { QuestionView } from "../api/types.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { QuestionFormModal, type QuestionFormValues } from "../components/questions/QuestionFormModal.js";
import { QuestionRow } from "../components/questions/QuestionRow.js";
import {
  useCreateQuestion,
  useDeleteQuestion,
  useQuestions,
  useReorderQuestions,
  useUpdateQuestion,
} from "../hooks/questions.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { countLabel } from "../lib/format.js";
import { useToast } from "../lib/toast-context.js";

const NEW_QUESTION: QuestionFormValues = { area: "advice", text: "", kinds: [], tiara: null };

/** `/questions`: the question bank: ours in a natural order and mine, to add, edit, hide and reorder. */
export function QuestionsPage() {
  usePageTitle("Question bank");
  const questions = useQuestions(true);
  const create = useCreateQuestion();
  const update = useUpdateQuestion();
  const remove = useDeleteQuestion();
  const reorder = useReorderQuestions();
  const toast = useToast();
  const [showHidden, setShowHidden] = useState(false);
  const [editing, setEditing] = useState<QuestionView | "new" | null>(null);
  const [deleting, setDeleting] = useState<QuestionView | null>(null);
  useHotkeys([["n", () => setEditing("new")]]);

  const all = questions.data?.items ?? [];
  const hiddenCount = all.filter((q) => q.hidden).length;
  const byArea = useMemo(
    () =>
      QUESTION_AREAS.map((area) => ({
        area,
        items: all.filter((q) => q.area === area && (showHidden || !q.hidden)),
      })),
    [all, showHidden],
  );
  const initial = useMemo<QuestionFormValues>(
    () =>
      editing && editing !== "new"
        ? { area: editing.area, text: editing.text, kinds: [...editing.kinds], tiara: editing.tiara }
        : NEW_QUESTION,
    [editing],
  );

  const fail = (error: Error) => toast({ title: "Not saved", message: error.message, color: "red" });
  const move = (items: QuestionView[], index: number, delta: -1 | 1) => {
    const a = items[index];
    const b = items[index + delta];
    if (!a || !b) return;
    // The two take each other's places.
    reorder.mutate(delta === -1 ? [a.id, b.id] : [b.id, a.id], { onError: fail });
  };

  return (
    <Page size="lg">
      <PageHeader
        title="Question bank"
        below={
          <Text c="dimmed">
            Prep sheets pick from these for each conversation's kind and length, in this order, and always end
            by asking whom else to talk to. Hide what you would never ask; add your own.{" "}
            <Anchor component={Link} to="/settings" inherit>
              Settings
            </Anchor>
          </Text>
        }
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
            Add a question
          </Button>
        }
      />
      <Group mb="lg" gap="md">
        <Switch
          label={`Show hidden questions${hiddenCount ? ` (${hiddenCount})` : ""}`}
          checked={showHidden}
          onChange={(event) => setShowHidden(event.currentTarget.checked)}
        />
        {questions.data && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {countLabel(all.length - hiddenCount, "question")} in use
          </Text>
        )}
      </Group>
      {questions.isError && !questions.data ? (
        <ErrorState
          error={questions.error}
          onRetry={() => void questions.refetch()}
          title="Could not load the question bank"
        />
      ) : questions.isPending ? (
        <Stack gap="lg" aria-busy="true" aria-label="Loading the question bank">
          <Skeleton height={160} radius="lg" />
          <Skeleton height={160} radius="lg" />
        </Stack>
      ) : (
        <Stack gap="xl">
          {byArea.map(({ area, items }) => (
            <Box component="section" key={area} aria-labelledby={`area-${area}`}>
              <Title
                id={`area-${area}`}
                order={2}
                fz="sm"
                c="dimmed"
                tt="uppercase"
                mb="xs"
                style={{ letterSpacing: "0.06em" }}
              >
                {AREA_LABELS[area]}{" "}
                <Text span inherit c="dimmed">
                  {items.length}
                </Text>
              </Title>
              <Paper withBorder radius="lg" style={{ overflow: "hidden" }}>
                {items.length === 0 ? (
                  <Text size="sm" c="dimmed" fs="italic" p="lg">
                    No questions in this area{showHidden ? "" : " (or all of them are hidden)"}.
                  </Text>
                ) : (
                  <Box component="ul" m={0} p={0} style={{ listStyle: "none", marginBottom: -1 }}>
                    {items.map((question, index) => (
                      <QuestionRow
                        key={question.id}
                        question={question}
                        first={index === 0}
                        last={index === items.length - 1}
                        busy={reorder.isPending}
                        onMove={(delta) => move(items, index, delta)}
                        onEdit={() => setEditing(question)}
                        onToggleHidden={() =>
                          update.mutate(
                            { id: question.id, changes: { hidden: !question.hidden } },
                            {
                              onSuccess: (saved) =>
                                toast({
                                  message: saved.hidden
                                    ? "Hidden: prep sheets will not propose it."
                                    : "Shown again: prep sheets may propose it.",
                                  color: "gray",
                                  action: {
                                    label: "Undo",
                                    onClick: () =>
                                      update.mutate({ id: saved.id, changes: { hidden: !saved.hidden } }),
                                  },
                                }),
                              onError: fail,
                            },
                          )
                        }
                        onDelete={() => setDeleting(question)}
                      />
                    ))}
                  </Box>
                )}
              </Paper>
            </Box>
          ))}
        </Stack>
      )}
      <QuestionFormModal
        opened={editing !== null}
        title={editing === "new" ? "Add a question" : "Edit the question"}
        submitLabel={editing === "new" ? "Add question" : "Save"}
        initial={initial}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          if (editing === "new") {
            await create.mutateAsync(values);
            toast({ message: `Added to ${AREA_LABELS[values.area]}.` });
          } else if (editing) {
            await update.mutateAsync({ id: editing.id, changes: values });
            toast({ message: "Question saved." });
          }
          setEditing(null);
        }}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this question?"
        message={`“${deleting?.text ?? ""}” leaves your bank. Conversations that already use it keep their copy.`}
        confirmLabel="Delete"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: (answer) => {
              setDeleting(null);
              toast({ message: answer.message, color: "gray" });
            },
            onError: fail,
          })
        }
      />
    </Page>
  );
}
