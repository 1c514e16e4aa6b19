import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { type FormEvent, useMemo, useState } from "react";
import { AREA_LABELS, QUESTION_AREAS, type QuestionArea } from "../../../core/question-areas.js";
import { useQuestions } from "../../hooks/questions.js";
import type { QuestionList } from "../../hooks/use-question-list.js";
import { addQuestion, notInList } from "../../lib/question-list.js";

const AREA_OPTIONS = QUESTION_AREAS.map((area) => ({ value: area, label: AREA_LABELS[area] }));
const MAX_QUESTIONS = 60;

/** Adds a question from the bank (grouped by area) or one of my own; both go before the closing asks. */
export function AddQuestion({ list }: { list: QuestionList }) {
  const bank = useQuestions(false);
  const [text, setText] = useState("");
  const [area, setArea] = useState<QuestionArea>("advice");
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const items = list.items ?? [];
  const full = items.length >= MAX_QUESTIONS;

  const groups = useMemo(() => {
    const available = notInList(bank.data?.items ?? [], list.items ?? []);
    return QUESTION_AREAS.map((a) => ({
      group: AREA_LABELS[a],
      items: available.filter((q) => q.area === a).map((q) => ({ value: q.id, label: q.text })),
    })).filter((group) => group.items.length > 0);
  }, [bank.data, list.items]);

  const fromBank = (id: string | null) => {
    const question = bank.data?.items.find((q) => q.id === id);
    if (!question) return;
    list.update((now) =>
      addQuestion(now, { questionId: question.id, area: question.area, text: question.text }),
    );
    setSearch("");
  };

  const addOwn = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError("Write the question first.");
      return;
    }
    list.update((now) => addQuestion(now, { questionId: null, area, text }));
    setText("");
    setError(null);
  };

  return (
    <Stack gap="sm" className="no-print" mt="md">
      <Select
        id="prep-add-from-bank"
        label="Add from your question bank"
        placeholder={bank.isPending ? "Loading…" : "Search the questions"}
        data={groups}
        value={null}
        onChange={fromBank}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        clearable={false}
        nothingFoundMessage="No question matches"
        disabled={!list.items || full || bank.isError}
        error={bank.isError ? `Could not load the bank: ${bank.error.message}` : undefined}
        maxDropdownHeight={320}
      />
      <form onSubmit={addOwn} aria-label="Add a question of your own">
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            id="prep-add-own"
            label="Or write your own"
            placeholder="e.g. What would you look for in someone joining your team?"
            value={text}
            maxLength={1000}
            error={error}
            onChange={(event) => {
              setText(event.currentTarget.value);
              if (error) setError(null);
            }}
            style={{ flex: "1 1 280px" }}
            disabled={!list.items || full}
          />
          <Select
            id="prep-add-own-area"
            label="About"
            data={AREA_OPTIONS}
            value={area}
            onChange={(value) => value && setArea(value as QuestionArea)}
            allowDeselect={false}
            w={200}
            disabled={!list.items || full}
          />
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} variant="light" disabled={full}>
            Add
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
