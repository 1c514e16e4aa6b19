import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { CONVERSATION_KINDS, type ConversationKind, KIND_LABELS } from "../../../core/conversation.js";
import {
  AREA_LABELS,
  QUESTION_AREAS,
  type QuestionArea,
  TIARA_LABELS,
  TIARA_STEPS,
  type TiaraStep,
} from "../../../core/question-areas.js";
import { type FormError, formError } from "../../lib/form-error.js";

export interface QuestionFormValues {
  area: QuestionArea;
  text: string;
  kinds: ConversationKind[];
  tiara: TiaraStep | null;
}

/** Adds or edits a question of the bank: its words, its area, the conversations it suits, its TIARA step. */
export function QuestionFormModal({
  opened,
  title,
  submitLabel,
  initial,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  title: string;
  submitLabel: string;
  initial: QuestionFormValues;
  onClose: () => void;
  onSubmit: (values: QuestionFormValues) => Promise<void>;
}) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<FormError | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (opened) {
      setValues(initial);
      setError(null);
    }
  }, [opened, initial]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.text.trim()) {
      setError({ field: "text", message: "Write the question." });
      return;
    }
    setSaving(true);
    try {
      await onSubmit({ ...values, text: values.text.trim() });
    } catch (failure) {
      setError(formError(failure, { text: "text", area: "area", kinds: "kinds", tiara: "tiara" }));
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <Modal opened={opened} onClose={onClose} title={title} radius="lg" size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Textarea
            id="question-text"
            label="Question"
            placeholder="e.g. What do you wish you had known in your first year?"
            autosize
            minRows={2}
            maxLength={500}
            required
            data-autofocus
            value={values.text}
            error={fieldError("text")}
            onChange={(event) => setValues({ ...values, text: event.currentTarget.value })}
          />
          <Select
            id="question-area"
            label="Area"
            description="Where it falls in the talk; areas follow a natural order, asking for more people last."
            data={QUESTION_AREAS.map((area) => ({ value: area, label: AREA_LABELS[area] }))}
            value={values.area}
            allowDeselect={false}
            error={fieldError("area")}
            onChange={(area) => area && setValues({ ...values, area: area as QuestionArea })}
          />
          <MultiSelect
            id="question-kinds"
            label="Suits conversations"
            description="Leave empty for every kind."
            placeholder={values.kinds.length === 0 ? "Every kind" : undefined}
            data={CONVERSATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
            value={values.kinds}
            error={fieldError("kinds")}
            onChange={(kinds) => setValues({ ...values, kinds: kinds as ConversationKind[] })}
          />
          <Select
            id="question-tiara"
            label="TIARA step"
            description="For the Trends, Insights, Advice, Resources, Assignments order (optional)."
            placeholder="None"
            data={TIARA_STEPS.map((step) => ({ value: step, label: TIARA_LABELS[step] }))}
            value={values.tiara}
            clearable
            error={fieldError("tiara")}
            onChange={(tiara) => setValues({ ...values, tiara: (tiara as TiaraStep | null) ?? null })}
          />
          {error && error.field === null && (
            <Alert color="red" variant="light" title="Not saved" role="alert">
              {error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
