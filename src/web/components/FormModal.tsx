// A form in a modal: its values reset on each opening, a check before saving, the API's error
// next to the field it names (or above the buttons), and Cancel / save.
import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { type FormError, formError } from "../lib/form-error.js";

export function useModalForm<V>(
  opened: boolean,
  initial: V,
  options: {
    /** A problem found before saving, or null. */
    check: (values: V) => FormError | null;
    /** The form's fields by the names the API may give them. */
    fields: Record<string, string>;
    save: (values: V) => Promise<void>;
  },
) {
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
    const problem = options.check(values);
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    try {
      await options.save(values);
    } catch (failure) {
      setError(formError(failure, options.fields));
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return { values, setValues, error, saving, submit, fieldError };
}

export function FormModal({
  opened,
  title,
  submitLabel,
  onClose,
  form,
  children,
}: {
  opened: boolean;
  title: string;
  submitLabel: string;
  onClose: () => void;
  form: { error: FormError | null; saving: boolean; submit: (event: FormEvent) => Promise<void> };
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} radius="lg" size="lg">
      <form onSubmit={(event) => void form.submit(event)} noValidate>
        <Stack gap="md">
          {children}
          {form.error && form.error.field === null && (
            <Alert color="red" variant="light" title="Not saved" role="alert">
              {form.error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.saving}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
