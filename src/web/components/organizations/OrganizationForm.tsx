import { Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { IconWorldWww } from "@tabler/icons-react";
import { useEffect, useMemo } from "react";
import { OrganizationUpdateInput } from "../../../core/organization.schema.js";
import type { Organization } from "../../api/types.js";
import { useCheckedForm } from "../../hooks/use-checked-form.js";
import { fieldId } from "../../lib/field-id.js";
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

function toInput(values: Values): OrganizationUpdateInput {
  return {
    name: values.name.trim(),
    website: orNull(values.website),
    industry: orNull(values.industry),
    location: orNull(values.location),
    notes: values.notes,
  };
}

/** The API's rules for these fields, by field. */
function validate(values: Values): Record<string, string> {
  const input = toInput(values);
  const errors: Record<string, string> = {};
  const parsed = OrganizationUpdateInput.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  if (input.name === "") errors.name = "Name is required.";
  return errors;
}

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
  const form = useCheckedForm<Values>({
    name: FORM,
    initialValues: initial,
    validate,
    fieldOrder: ["name", "website", "industry", "location", "notes"],
    onSubmit: (values) => onSubmit(toInput(values)),
    onCancel,
  });
  const { field } = form;

  useEffect(() => {
    document.getElementById(fieldId(FORM, "name"))?.focus();
  }, []);

  return (
    <Paper withBorder radius="lg" p="xl" mb="xl">
      <form aria-label="Edit organisation" {...form.formProps}>
        <Stack gap="md">
          <FormErrorAlert>{form.formError}</FormErrorAlert>
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
            <Button variant="default" onClick={onCancel} disabled={form.saving}>
              Cancel
            </Button>
            <Button type="submit" loading={form.saving}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
