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
import { IconBrandLinkedin, IconMail, IconMapPin, IconPhone } from "@tabler/icons-react";
import { useEffect } from "react";
import {
  CONTACT_SOURCES,
  RELATIONSHIP_LABELS,
  RELATIONSHIP_STRENGTHS,
  type RelationshipStrength,
  SOURCE_LABELS,
} from "../../../core/contact-fields.js";
import { cadenceInForce } from "../../../core/stay-in-touch.js";
import { useTags } from "../../hooks/tags.js";
import { useCheckedForm } from "../../hooks/use-checked-form.js";
import { type ContactFormValues, formFieldOf, validateContactForm } from "../../lib/contact-form.js";
import { fieldId } from "../../lib/field-id.js";
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
  const contact = useCheckedForm<ContactFormValues>({
    name: FORM,
    initialValues: initial,
    validate: validateContactForm,
    fieldOrder: FIELD_ORDER,
    onSubmit,
    onCancel,
    confirmDiscard: "Discard your changes?",
    guardLeaving: true,
    fieldOf: formFieldOf,
  });
  const { values, field, errorOf, check, form } = contact;
  const tags = useTags();
  useEffect(() => {
    if (focusFirst) document.getElementById(fieldId(FORM, "firstName"))?.focus();
  }, [focusFirst]);

  /** One entry of a list changed: the API's message about the list as a whole goes too. */
  const setListItem = (list: "emails" | "phones", index: number, value: string) => {
    form.setFieldValue(`${list}.${index}`, value);
    form.clearFieldError(list);
  };
  const removeListItem = (list: "emails" | "phones", index: number) => {
    if (values[list].length > 1) form.removeListItem(list, index);
    else form.setFieldValue(list, [""]);
    form.clearErrors();
  };

  const stayOptions = [...STAY_IN_TOUCH_OPTIONS];
  if (values.stayInTouchDays && !stayOptions.some((option) => option.value === values.stayInTouchDays)) {
    stayOptions.push({ value: values.stayInTouchDays, label: cadenceLabel(Number(values.stayInTouchDays)) });
  }

  return (
    <form aria-label={submitLabel} {...contact.formProps}>
      <Stack gap="lg">
        <FormErrorAlert>{contact.formError}</FormErrorAlert>

        <FormSection title="Who they are" description="Only the first name is required.">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="First name" required autoComplete="off" {...field("firstName")} />
            <TextInput label="Last name" autoComplete="off" {...field("lastName")} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Title or role" placeholder="e.g. Research engineer" {...field("title")} />
            <OrganizationInput
              label="Organisation"
              placeholder="Company, lab, university…"
              {...field("organization")}
              value={values.organization}
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
              onChange={(index, value) => setListItem("emails", index, value)}
              onAdd={() => form.insertListItem("emails", "")}
              onRemove={(index) => removeListItem("emails", index)}
              onBlur={check}
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
              onChange={(index, value) => setListItem("phones", index, value)}
              onAdd={() => form.insertListItem("phones", "")}
              onRemove={(index) => removeListItem("phones", index)}
              onBlur={check}
              leftSection={<IconPhone size={16} stroke={1.7} />}
            />
          </SimpleGrid>
          <TextInput
            label="LinkedIn profile"
            placeholder="linkedin.com/in/…"
            leftSection={<IconBrandLinkedin size={16} stroke={1.7} />}
            {...field("linkedinUrl")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Location"
              placeholder="City, country"
              leftSection={<IconMapPin size={16} stroke={1.7} />}
              {...field("location")}
            />
            <TimeZoneInput
              label="Time zone"
              placeholder="e.g. Europe/Berlin"
              {...field("timeZone")}
              value={values.timeZone}
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
              onChange={(source) => form.setFieldValue("source", source ?? "")}
              clearable
            />
            <TextInput
              label="Source detail"
              placeholder="e.g. Spoke at the spring robotics fair"
              {...field("sourceDetail")}
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
                form.setFieldValue("relationshipStrength", (strength ?? "new") as RelationshipStrength)
              }
              allowDeselect={false}
            />
            <Select
              label="Stay in touch"
              placeholder={cadenceInForce(values.relationshipStrength, null).text}
              id={fieldId(FORM, "stayInTouchDays")}
              data={stayOptions}
              value={values.stayInTouchDays || null}
              error={errorOf("stayInTouchDays")}
              onChange={(days) => form.setFieldValue("stayInTouchDays", days ?? "")}
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
            data={(tags.data ?? []).map((tag) => tag.name)}
            {...field("tags")}
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
            {...field("needs")}
          />
          <Textarea label="Notes" autosize minRows={3} maxRows={16} {...field("notes")} />
        </FormSection>

        <Group
          justify="space-between"
          pos="sticky"
          bottom={0}
          py="md"
          style={{
            zIndex: 5,
            background: "var(--cc-color-page)",
            borderTop: "1px solid var(--cc-color-line)",
          }}
        >
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Kbd size="xs">{isMac ? "⌘" : "Ctrl"}</Kbd> + <Kbd size="xs">Enter</Kbd> to save
            {contact.escCancels && (
              <>
                , <Kbd size="xs">Esc</Kbd> to cancel
              </>
            )}
          </Text>
          <Group gap="sm" ml="auto">
            <Button variant="default" onClick={contact.cancel} disabled={contact.saving}>
              Cancel
            </Button>
            <Button type="submit" loading={contact.saving}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
      {contact.leaveDialog}
    </form>
  );
}
