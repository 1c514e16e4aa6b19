import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { GOAL_KIND_LABELS, GOAL_KINDS, type GoalKind } from "../../../core/goal.js";
import { type FormError, formError } from "../../lib/form-error.js";

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
    if (!values.title.trim()) {
      setError({ field: "title", message: "Say what you want to explore." });
      return;
    }
    setSaving(true);
    try {
      await onSubmit({ ...values, title: values.title.trim(), description: values.description.trim() });
    } catch (failure) {
      setError(formError(failure, { title: "title", kind: "kind", description: "description" }));
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <Modal opened={opened} onClose={onClose} title={title} radius="lg" size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
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
