import {
  Button,
  Group,
  Kbd,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { IconBrandLinkedin, IconMail, IconMapPin, IconPhone } from "@tabler/icons-react";
import { type FormEvent, type KeyboardEvent, useEffect, useState } from "react";
import {
  CONTACT_SOURCES,
  RELATIONSHIP_LABELS,
  RELATIONSHIP_STRENGTHS,
  type RelationshipStrength,
  SOURCE_LABELS,
} from "../../../core/contact-fields.js";
import { ApiError } from "../../api/http.js";
import { useTags } from "../../hooks/tags.js";
import { useContactForm } from "../../hooks/use-contact-form.js";
import { type ContactFormValues, formFieldOf } from "../../lib/contact-form.js";
import { fieldId, focusField } from "../../lib/field-id.js";
import { cadenceLabel, STAY_IN_TOUCH_OPTIONS } from "../../lib/format.js";
import { FormErrorAlert } from "../form/FormErrorAlert.js";
import { FormSection } from "../form/FormSection.js";
import { ListInput } from "../form/ListInput.js";
import { OrganizationInput } from "../form/OrganizationInput.js";
import { TimeZoneInput } from "../form/TimeZoneInput.js";

const FORM = "contact";
const SOURCE_OPTIONS = CONTACT_SOURCES.map((source) => ({ value: source, label: SOURCE_LABELS[source] }));
const RELATIONSHIP_OPTIONS = RELATIONSHIP_STRENGTHS.map((strength) => ({
  value: strength,
  label: RELATIONSHIP_LABELS[strength],
}));
/** The order fields appear in, to focus the first one with a problem. */
const FIELD_ORDER = [
  "firstName",
  "lastName",
  "title",
  "organization",
  "emails",
  "phones",
  "linkedinUrl",
  "location",
  "timeZone",
  "source",
  "sourceDetail",
  "relationshipStrength",
  "stayInTouchDays",
  "tags",
  "needs",
  "notes",
];
const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

interface ContactFormProps {
  initial: ContactFormValues;
  submitLabel: string;
  /** Saves; an ApiError naming a field is shown on that field. */
  onSubmit: (values: ContactFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** Puts the cursor in the first name when the form opens. */
  focusFirst?: boolean;
}

/** Creates or edits a contact, checking the API's rules as the user types. */
export function ContactForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  focusFirst = true,
}: ContactFormProps) {
  const form = useContactForm(initial);
  const { values, errorOf, setField, touch } = form;
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const tags = useTags();
  useEffect(() => {
    if (focusFirst) document.getElementById(fieldId(FORM, "firstName"))?.focus();
  }, [focusFirst]);

  async function submit() {
    if (saving) return;
    const invalid = Object.keys(form.clientErrors);
    if (invalid.length > 0) {
      form.revealErrors();
      const first = [...invalid].sort((a, b) => rank(a) - rank(b))[0];
      if (first) focusField(FORM, first);
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof ApiError && error.field) {
        const field = formFieldOf(error.field, values);
        form.setServerError(field, error.fieldMessage);
        focusField(FORM, field);
      } else {
        setFormError(error instanceof Error ? error.message : "Could not save. Please try again.");
      }
    } finally {
      setSaving(false);
    }
  }

  function cancel() {
    if (form.dirty && !window.confirm("Discard your changes?")) return;
    onCancel();
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (
      event.key === "Escape" &&
      target.getAttribute("aria-expanded") !== "true" &&
      !event.defaultPrevented
    ) {
      event.preventDefault();
      cancel();
      return;
    }
    getHotkeyHandler([["mod+Enter", () => void submit()]])(event);
  };

  const text = (field: keyof ContactFormValues & string) => ({
    id: fieldId(FORM, field),
    value: values[field] as string,
    error: errorOf(field),
    onChange: (event: { currentTarget: { value: string } }) => setField(field, event.currentTarget.value),
    onBlur: () => touch(field),
  });

  const stayOptions = [...STAY_IN_TOUCH_OPTIONS];
  if (values.stayInTouchDays && !stayOptions.some((option) => option.value === values.stayInTouchDays)) {
    stayOptions.push({ value: values.stayInTouchDays, label: cadenceLabel(Number(values.stayInTouchDays)) });
  }

  return (
    <form
      noValidate
      aria-label={submitLabel}
      onKeyDown={onKeyDown}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg">
        <FormErrorAlert>{formError}</FormErrorAlert>

        <FormSection title="Who they are" description="Only the first name is required.">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="First name" required autoComplete="off" {...text("firstName")} />
            <TextInput label="Last name" autoComplete="off" {...text("lastName")} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Title or role" placeholder="e.g. Research engineer" {...text("title")} />
            <OrganizationInput
              label="Organisation"
              placeholder="Company, lab, university…"
              id={fieldId(FORM, "organization")}
              value={values.organization}
              error={errorOf("organization")}
              onChange={(value) => setField("organization", value)}
              onBlur={() => touch("organization")}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title="How to reach them" description="Where to send a note, and when it suits them.">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ListInput
              form={FORM}
              name="emails"
              label="E-mail"
              itemName="e-mail"
              type="email"
              placeholder="name@example.org"
              values={values.emails}
              errorOf={errorOf}
              onChange={(index, value) => form.setListItem("emails", index, value)}
              onAdd={() => form.addListItem("emails")}
              onRemove={(index) => form.removeListItem("emails", index)}
              onBlur={touch}
              leftSection={<IconMail size={16} stroke={1.7} />}
            />
            <ListInput
              form={FORM}
              name="phones"
              label="Phone"
              itemName="phone"
              type="tel"
              placeholder="+1 212 555 0100"
              values={values.phones}
              errorOf={errorOf}
              onChange={(index, value) => form.setListItem("phones", index, value)}
              onAdd={() => form.addListItem("phones")}
              onRemove={(index) => form.removeListItem("phones", index)}
              onBlur={touch}
              leftSection={<IconPhone size={16} stroke={1.7} />}
            />
          </SimpleGrid>
          <TextInput
            label="LinkedIn profile"
            placeholder="linkedin.com/in/…"
            leftSection={<IconBrandLinkedin size={16} stroke={1.7} />}
            {...text("linkedinUrl")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Location"
              placeholder="City, country"
              leftSection={<IconMapPin size={16} stroke={1.7} />}
              {...text("location")}
            />
            <TimeZoneInput
              label="Time zone"
              placeholder="e.g. Europe/Berlin"
              id={fieldId(FORM, "timeZone")}
              value={values.timeZone}
              error={errorOf("timeZone")}
              onChange={(value) => setField("timeZone", value)}
              onBlur={() => touch("timeZone")}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection
          title="How you know them"
          description="Where they came from, and how warm the connection is."
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Source"
              placeholder="How you found them"
              id={fieldId(FORM, "source")}
              data={SOURCE_OPTIONS}
              value={values.source || null}
              error={errorOf("source")}
              onChange={(source) => setField("source", source ?? "")}
              clearable
            />
            <TextInput
              label="Source detail"
              placeholder="e.g. Spoke at the spring robotics fair"
              {...text("sourceDetail")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Relationship"
              id={fieldId(FORM, "relationshipStrength")}
              data={RELATIONSHIP_OPTIONS}
              value={values.relationshipStrength}
              error={errorOf("relationshipStrength")}
              onChange={(strength) =>
                setField("relationshipStrength", (strength ?? "new") as RelationshipStrength)
              }
              allowDeselect={false}
            />
            <Select
              label="Stay in touch"
              placeholder="No reminder"
              id={fieldId(FORM, "stayInTouchDays")}
              data={stayOptions}
              value={values.stayInTouchDays || null}
              error={errorOf("stayInTouchDays")}
              onChange={(days) => setField("stayInTouchDays", days ?? "")}
              clearable
            />
          </SimpleGrid>
        </FormSection>

        <FormSection
          title="What to remember"
          description="Tags to find them again; what they need, so you can help."
        >
          <TagsInput
            label="Tags"
            placeholder={values.tags.length === 0 ? "Type a tag and press Enter" : undefined}
            id={fieldId(FORM, "tags")}
            data={(tags.data ?? []).map((tag) => tag.name)}
            value={values.tags}
            error={errorOf("tags")}
            onChange={(next) => setField("tags", next)}
            onBlur={() => touch("tags")}
            acceptValueOnBlur
            clearable
            maxTags={50}
          />
          <Textarea
            label="What they need"
            description="What they care about or are looking for, so you can offer help."
            autosize
            minRows={2}
            maxRows={8}
            {...text("needs")}
          />
          <Textarea label="Notes" autosize minRows={3} maxRows={16} {...text("notes")} />
        </FormSection>

        <Group
          justify="space-between"
          pos="sticky"
          bottom={0}
          py="md"
          style={{
            zIndex: 5,
            background: "var(--mantine-color-gray-0)",
            borderTop: "1px solid var(--mantine-color-gray-3)",
          }}
        >
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Kbd size="xs">{isMac ? "⌘" : "Ctrl"}</Kbd> + <Kbd size="xs">Enter</Kbd> to save,{" "}
            <Kbd size="xs">Esc</Kbd> to cancel
          </Text>
          <Group gap="sm" ml="auto">
            <Button variant="default" onClick={cancel} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function rank(field: string): number {
  const index = FIELD_ORDER.indexOf(field.split(".")[0] ?? field);
  return index === -1 ? FIELD_ORDER.length : index;
}
