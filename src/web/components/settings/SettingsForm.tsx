import {
  Anchor,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { isTimeZone } from "../../../core/contact-fields.js";
import { useCheckedForm } from "../../hooks/use-checked-form.js";
import { browserZone } from "../../lib/datetime.js";
import { fieldId } from "../../lib/field-id.js";
import { type SettingsFormValues, validateSettings } from "../../lib/settings-form.js";
import { FormErrorAlert } from "../form/FormErrorAlert.js";
import { FormSection } from "../form/FormSection.js";
import { TimeZoneInput } from "../form/TimeZoneInput.js";
import { HolidaysInput } from "./HolidaysInput.js";
import { SendWindowsInput } from "./SendWindowsInput.js";

const FORM = "settings";
const FIELD_ORDER = [
  "name",
  "timeZone",
  "intro",
  "habitPerWeek",
  "checkAfterDays",
  "nudgeAfterDays",
  "maxNudges",
  "sendWindows",
];

/** My name and zone, and the rules of my practice: the weekly habit, the follow-up routine, when to send. */
export function SettingsForm({
  initial,
  onSubmit,
}: {
  initial: SettingsFormValues;
  onSubmit: (values: SettingsFormValues) => Promise<void>;
}) {
  const settings = useCheckedForm<SettingsFormValues>({
    name: FORM,
    initialValues: initial,
    validate: (values) => validateSettings(values, isTimeZone),
    fieldOrder: FIELD_ORDER,
    onSubmit,
    // The server's refusals are told above the form, naming the setting.
    fieldOf: () => null,
    failureMessage: "Could not save.",
  });
  const { values, field, form, dirty, saving } = settings;
  const zone = browserZone();
  const number = (name: "habitPerWeek" | "checkAfterDays" | "nudgeAfterDays" | "maxNudges") => ({
    ...field(name),
    allowDecimal: false,
  });

  return (
    <form aria-label="Settings" {...settings.formProps}>
      <Stack gap="lg">
        <FormErrorAlert>{settings.formError}</FormErrorAlert>
        <FormSection
          title="You"
          description="Your day starts and ends in your time zone: so does what is due."
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Name" {...field("name")} />
            <div>
              <TimeZoneInput label="Time zone" {...field("timeZone")} value={values.timeZone} />
              {values.timeZone !== zone && isTimeZone(zone) && (
                <Text size="xs" c="dimmed" mt={4}>
                  This computer is in {zone.replace(/_/g, " ")}.{" "}
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    onClick={() => form.setFieldValue("timeZone", zone)}
                  >
                    Use it
                  </Anchor>
                </Text>
              )}
            </div>
          </SimpleGrid>
          <Textarea
            label="How you introduce yourself"
            description="Two or three sentences: who you are, what you are exploring. Handy when preparing."
            autosize
            minRows={2}
            {...field("intro")}
          />
        </FormSection>
        <FormSection
          title="Weekly rhythm"
          description="One conversation a week, say over lunch, is a habit many keep for years."
        >
          <NumberInput {...number("habitPerWeek")} label="Conversations a week" min={1} max={14} maw={220} />
        </FormSection>
        <FormSection
          title="Following up"
          description="When a request gets no answer: look for a reply, then nudge politely, a bounded number of times. Counted in business days."
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              {...number("checkAfterDays")}
              label="Check for a reply after"
              suffix=" days"
              min={1}
              max={20}
            />
            <NumberInput {...number("nudgeAfterDays")} label="Nudge after" suffix=" days" min={2} max={30} />
            <NumberInput {...number("maxNudges")} label="Nudges at most" min={0} max={5} />
          </SimpleGrid>
        </FormSection>
        <FormSection
          title="When to send"
          description="Requests get more replies mid-week, in the morning: after Monday's catching up, before the week winds down. Times are the reader's."
        >
          <SendWindowsInput
            form={FORM}
            windows={values.sendWindows}
            errors={settings.errors}
            onChange={(windows) => {
              form.setFieldValue("sendWindows", windows);
              if (
                form.errors.sendWindows ||
                Object.keys(form.errors).some((key) => key.startsWith("sendWindows."))
              )
                void form.validate();
            }}
          />
        </FormSection>
        <FormSection
          title="Days off"
          description="Public holidays and time off are skipped when counting business days."
        >
          <HolidaysInput
            id={fieldId(FORM, "holidays")}
            holidays={values.holidays}
            onChange={(holidays) => form.setFieldValue("holidays", holidays)}
          />
        </FormSection>
        <Group justify="flex-end" gap="sm">
          {dirty && (
            <Text size="sm" c="dimmed" aria-live="polite">
              Unsaved changes
            </Text>
          )}
          <Button
            variant="default"
            onClick={() => {
              form.setValues(initial);
              form.clearErrors();
            }}
            disabled={!dirty || saving}
          >
            Undo changes
          </Button>
          <Button type="submit" loading={saving} disabled={!dirty}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
