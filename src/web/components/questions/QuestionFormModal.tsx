import { MultiSelect, Select, Textarea } from "@mantine/core";
import { CONVERSATION_KINDS, type ConversationKind, KIND_LABELS } from "../../../core/conversation.js";
import {
  AREA_LABELS,
  QUESTION_AREAS,
  type QuestionArea,
  TIARA_LABELS,
  TIARA_STEPS,
  type TiaraStep,
} from "../../../core/question-areas.js";
import { FormModal, useModalForm } from "../FormModal.js";

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
  const form = useModalForm(opened, initial, {
    check: (v) => (v.text.trim() ? null : { field: "text", message: "Write the question." }),
    fields: { text: "text", area: "area", kinds: "kinds", tiara: "tiara" },
    save: (v) => onSubmit({ ...v, text: v.text.trim() }),
  });
  const { values, setValues, fieldError } = form;
  return (
    <FormModal opened={opened} title={title} submitLabel={submitLabel} onClose={onClose} form={form}>
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
    </FormModal>
  );
}
