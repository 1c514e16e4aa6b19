import { Button, Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { type FormEvent, type KeyboardEvent, useEffect, useState } from "react";
import { CONVERSATION_KINDS, type ConversationKind, KIND_LABELS } from "../../../core/conversation.js";
import { STAGE_LABELS } from "../../../core/stages.js";
import { ApiError } from "../../api/http.js";
import {
  type ConversationFormErrors,
  type ConversationFormValues,
  START_STAGES,
  type StartStage,
  validateConversationForm,
} from "../../lib/conversation-form.js";
import { fieldId, focusField } from "../../lib/field-id.js";
import { ContactSelect } from "../contacts/ContactSelect.js";
import { FormErrorAlert } from "../form/FormErrorAlert.js";
import { FormSection } from "../form/FormSection.js";
import { ScheduleFields } from "./ScheduleFields.js";

const FORM = "conversation";
const FIELD_ORDER = ["contactId", "kind", "stage", "date", "time", "format", "durationMinutes", "place"];
const KIND_OPTIONS = CONVERSATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

const STAGE_HINTS: Record<StartStage, string> = {
  idea: "Someone you might ask, one day.",
  "to-ask": "You mean to write to them soon.",
  asked: "The request is sent; coffeechat will remind you to follow up if no answer comes.",
  scheduled: "A day and time are agreed.",
};

/** Plans a conversation: with whom, about what, where it stands, and (once agreed) when and how. */
export function ConversationForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: ConversationFormValues;
  onSubmit: (values: ConversationFormValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<ConversationFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = validateConversationForm(values);
  const errorOf = (field: keyof ConversationFormValues) =>
    serverErrors[field] ?? (touched.has(field) ? errors[field] : undefined);

  useEffect(() => {
    focusField(FORM, initial.contactId ? "kind" : "contactId");
  }, [initial.contactId]);

  function set<K extends keyof ConversationFormValues>(field: K, value: ConversationFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => ({ ...current, [field]: undefined }));
  }
  const touch = (field: string) => setTouched((current) => new Set(current).add(field));

  async function submit() {
    if (saving) return;
    const invalid = Object.keys(errors);
    if (invalid.length > 0) {
      setTouched(new Set(invalid));
      const first = [...invalid].sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))[0];
      if (first) focusField(FORM, first);
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof ApiError && error.field) {
        const field = (error.field === "scheduledAt" ? "date" : error.field) as keyof ConversationFormValues;
        setServerErrors({ [field]: error.fieldMessage });
        focusField(FORM, field);
      } else setFormError(error instanceof Error ? error.message : "Could not save. Please try again.");
    } finally {
      setSaving(false);
    }
  }

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  function cancel() {
    if (dirty && !window.confirm("Discard this conversation?")) return;
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

  const scheduled = values.stage === "scheduled";
  return (
    <form
      noValidate
      aria-label="Plan a conversation"
      onKeyDown={onKeyDown}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg">
        <FormErrorAlert>{formError}</FormErrorAlert>
        <FormSection title="With whom, about what" description="Whose experience do you want to learn from?">
          <ContactSelect
            id={fieldId(FORM, "contactId")}
            label="Contact"
            placeholder="Search your contacts"
            required
            value={values.contactId}
            onChange={(id) => set("contactId", id)}
            onBlur={() => touch("contactId")}
            error={errorOf("contactId")}
          />
          <Select
            id={fieldId(FORM, "kind")}
            label="What it is about"
            data={KIND_OPTIONS}
            value={values.kind}
            onChange={(kind) => set("kind", (kind ?? "person") as ConversationKind)}
            allowDeselect={false}
            error={errorOf("kind")}
          />
        </FormSection>
        <FormSection
          title="Where it stands"
          description="Plan it now and ask later, or log one already agreed."
        >
          <div>
            <Text size="sm" fw={500} mb={4} id="conversation-stage-label">
              Stage
            </Text>
            <SegmentedControl
              id={fieldId(FORM, "stage")}
              aria-labelledby="conversation-stage-label"
              fullWidth
              value={values.stage}
              onChange={(stage) => set("stage", stage as StartStage)}
              data={START_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
            />
            <Text size="xs" c="dimmed" mt={6} aria-live="polite">
              {STAGE_HINTS[values.stage]}
            </Text>
          </div>
        </FormSection>
        <FormSection
          title={scheduled ? "When and how" : "How"}
          description={
            scheduled
              ? "The time is yours; the conversation page shows theirs too."
              : "What you will propose. Offer a choice: a call, a video call, a coffee."
          }
        >
          <ScheduleFields
            form={FORM}
            values={values}
            errors={{
              date: errorOf("date"),
              time: errorOf("time"),
              durationMinutes: errorOf("durationMinutes"),
              place: errorOf("place"),
              format: errorOf("format"),
            }}
            showTime={scheduled}
            timeRequired={scheduled}
            onChange={(field, value) => {
              setValues((current) => ({ ...current, [field]: value }));
              setServerErrors((current) => ({ ...current, [field]: undefined }));
            }}
            onBlur={touch}
          />
        </FormSection>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={cancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Create conversation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
