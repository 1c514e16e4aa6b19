import { Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { IconWorldWww } from "@tabler/icons-react";
import { type KeyboardEvent, useEffect, useMemo, useState } from "react";
import { OrganizationUpdateInput } from "../../../core/organization.schema.js";
import { ApiError } from "../../api/http.js";
import type { Organization } from "../../api/types.js";
import { fieldId, focusField } from "../../lib/field-id.js";
import { FormErrorAlert } from "../form/FormErrorAlert.js";

const FORM = "organization";

interface Values {
  name: string;
  website: string;
  industry: string;
  location: string;
  notes: string;
}

function toValues(organization: Organization): Values {
  return {
    name: organization.name,
    website: organization.website ?? "",
    industry: organization.industry ?? "",
    location: organization.location ?? "",
    notes: organization.notes,
  };
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** Edits an organisation's own details. */
export function OrganizationForm({
  organization,
  onSubmit,
  onCancel,
}: {
  organization: Organization;
  onSubmit: (input: OrganizationUpdateInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const initial = useMemo(() => toValues(organization), [organization]);
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [serverError, setServerError] = useState<{ field?: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    document.getElementById(fieldId(FORM, "name"))?.focus();
  }, []);

  const input = {
    name: values.name.trim(),
    website: orNull(values.website),
    industry: orNull(values.industry),
    location: orNull(values.location),
    notes: values.notes,
  };
  const errors: Record<string, string> = {};
  const parsed = OrganizationUpdateInput.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  if (input.name === "") errors.name = "Name is required.";
  const errorOf = (field: keyof Values) =>
    serverError?.field === field ? serverError.message : touched[field] ? errors[field] : undefined;

  async function submit() {
    if (saving) return;
    const invalid = Object.keys(errors)[0];
    if (invalid) {
      setTouched({ name: true, website: true, industry: true, location: true, notes: true });
      focusField(FORM, invalid);
      return;
    }
    setSaving(true);
    setServerError(null);
    try {
      await onSubmit(input);
    } catch (error) {
      if (error instanceof ApiError) {
        setServerError({ field: error.field, message: error.fieldMessage });
        if (error.field) focusField(FORM, error.field);
      } else setServerError({ message: "Could not save. Please try again." });
    } finally {
      setSaving(false);
    }
  }

  const field = (name: keyof Values) => ({
    id: fieldId(FORM, name),
    value: values[name],
    error: errorOf(name),
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
      if (serverError?.field === name) setServerError(null);
    },
    onBlur: () => setTouched((current) => ({ ...current, [name]: true })),
  });

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
      return;
    }
    getHotkeyHandler([["mod+Enter", () => void submit()]])(event);
  };

  return (
    <Paper withBorder radius="lg" p="xl" mb="xl">
      <form
        noValidate
        aria-label="Edit organisation"
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <FormErrorAlert>{serverError && !serverError.field ? serverError.message : null}</FormErrorAlert>
          <TextInput label="Name" required {...field("name")} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              label="Website"
              placeholder="example.org"
              leftSection={<IconWorldWww size={16} stroke={1.7} />}
              {...field("website")}
            />
            <TextInput label="Industry" placeholder="e.g. Biotech" {...field("industry")} />
            <TextInput label="Location" placeholder="City, country" {...field("location")} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={3} maxRows={12} {...field("notes")} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
