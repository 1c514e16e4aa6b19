import { Select, Textarea, TextInput } from "@mantine/core";
import { GOAL_KIND_LABELS, GOAL_KINDS, type GoalKind } from "../../../core/goal.js";
import { FormModal, useModalForm } from "../FormModal.js";

const KIND_OPTIONS = GOAL_KINDS.map((kind) => ({ value: kind, label: GOAL_KIND_LABELS[kind] }));

export interface GoalFormValues {
  title: string;
  kind: GoalKind;
  description: string;
}

/** Adds or edits a goal: what I want to explore, its kind, and in a few words why. */
export function GoalFormModal({
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
  initial: GoalFormValues;
  onClose: () => void;
  onSubmit: (values: GoalFormValues) => Promise<void>;
}) {
  const form = useModalForm(opened, initial, {
    check: (v) => (v.title.trim() ? null : { field: "title", message: "Say what you want to explore." }),
    fields: { title: "title", kind: "kind", description: "description" },
    save: (v) => onSubmit({ ...v, title: v.title.trim(), description: v.description.trim() }),
  });
  const { values, setValues, fieldError } = form;
  return (
    <FormModal opened={opened} title={title} submitLabel={submitLabel} onClose={onClose} form={form}>
      <TextInput
        id="goal-title"
        label="What do you want to explore?"
        placeholder="e.g. Data science in biotech"
        data-autofocus
        required
        maxLength={200}
        value={values.title}
        error={fieldError("title")}
        onChange={(event) => setValues({ ...values, title: event.currentTarget.value })}
      />
      <Select
        id="goal-kind"
        label="Kind"
        description="Goals of the same kind can be compared side by side."
        data={KIND_OPTIONS}
        value={values.kind}
        allowDeselect={false}
        error={fieldError("kind")}
        onChange={(kind) => kind && setValues({ ...values, kind: kind as GoalKind })}
      />
      <Textarea
        id="goal-description"
        label="What you want to learn"
        description="The questions this goal should answer for you."
        autosize
        minRows={3}
        maxLength={5000}
        value={values.description}
        error={fieldError("description")}
        onChange={(event) => setValues({ ...values, description: event.currentTarget.value })}
      />
    </FormModal>
  );
}
