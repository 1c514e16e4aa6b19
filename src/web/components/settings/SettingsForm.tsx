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
import { getHotkeyHandler } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { isTimeZone } from "../../../core/contact-fields.js";
import { ApiError } from "../../api/http.js";
import { browserZone } from "../../lib/datetime.js";
import { fieldId, focusField } from "../../lib/field-id.js";
import { type SettingsFormValues, validateSettings } from "../../lib/settings-form.js";
import { FormErrorAlert } from "../form/FormErrorAlert.js";
import { FormSection } from "../form/FormSection.js";
import { TimeZoneInput } from "../form/TimeZoneInput.js";
import { HolidaysInput } from "./HolidaysInput.js";
import { SendWindowsInput } from "./SendWindowsInput.js";

const FORM = "settings";

/** My name and zone, and the rules of my practice: the weekly habit, the follow-up routine, when to send. */
export function SettingsForm({
  initial,
  onSubmit,
}: {
  initial: SettingsFormValues;
  onSubmit: (values: SettingsFormValues) => Promise<void>;
}) {
  const [values, setValues] = useState(initial);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = validateSettings(values, isTimeZone);
  const shown = showErrors ? errors : {};
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const zone = browserZone();
  const set = <K extends keyof SettingsFormValues>(field: K, value: SettingsFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const number = (field: "habitPerWeek" | "checkAfterDays" | "nudgeAfterDays" | "maxNudges") => ({
    id: fieldId(FORM, field),
    value: values[field],
    error: shown[field],
    allowDecimal: false,
    onChange: (value: number | string) => set(field, value),
  });

  async function submit() {
    if (saving) return;
    const invalid = Object.keys(errors);
    if (invalid.length > 0) {
      setShowErrors(true);
      if (invalid[0]) focusField(FORM, invalid[0]);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.field
          ? `${error.field}: ${error.fieldMessage}`
          : error instanceof Error
            ? error.message
            : "Could not save.",
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      noValidate
      aria-label="Settings"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}
    >
      <Stack gap="lg">
        <FormErrorAlert>{failure}</FormErrorAlert>
        <FormSection
          title="You"
          description="Your day starts and ends in your time zone: so does what is due."
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              id={fieldId(FORM, "name")}
              label="Name"
              value={values.name}
              error={shown.name}
              onChange={(event) => set("name", event.currentTarget.value)}
            />
            <div>
              <TimeZoneInput
                id={fieldId(FORM, "timeZone")}
                label="Time zone"
                value={values.timeZone}
                error={shown.timeZone}
                onChange={(value) => set("timeZone", value)}
              />
              {values.timeZone !== zone && isTimeZone(zone) && (
                <Text size="xs" c="dimmed" mt={4}>
                  This computer is in {zone.replace(/_/g, " ")}.{" "}
                  <Anchor component="button" type="button" size="xs" onClick={() => set("timeZone", zone)}>
                    Use it
                  </Anchor>
                </Text>
              )}
            </div>
          </SimpleGrid>
          <Textarea
            id={fieldId(FORM, "intro")}
            label="How you introduce yourself"
            description="Two or three sentences: who you are, what you are exploring. Handy when preparing."
            autosize
            minRows={2}
            value={values.intro}
            onChange={(event) => set("intro", event.currentTarget.value)}
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
            errors={shown}
            onChange={(windows) => set("sendWindows", windows)}
          />
        </FormSection>
        <FormSection
          title="Days off"
          description="Public holidays and time off are skipped when counting business days."
        >
          <HolidaysInput
            id={fieldId(FORM, "holidays")}
            holidays={values.holidays}
            onChange={(holidays) => set("holidays", holidays)}
          />
        </FormSection>
        <Group justify="flex-end" gap="sm">
          {dirty && (
            <Text size="sm" c="dimmed" aria-live="polite">
              Unsaved changes
            </Text>
          )}
          <Button variant="default" onClick={() => setValues(initial)} disabled={!dirty || saving}>
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
