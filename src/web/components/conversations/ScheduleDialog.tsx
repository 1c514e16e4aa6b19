import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { CONVERSATION_KINDS, type ConversationKind, KIND_LABELS } from "../../../core/conversation.js";
import type { Conversation } from "../../api/types.js";
import {
  emptySchedule,
  type ScheduleErrors,
  type ScheduleValues,
  validateSchedule,
} from "../../lib/conversation-form.js";
import { toLocalInputs } from "../../lib/datetime.js";
import { focusField } from "../../lib/field-id.js";
import { ScheduleFields } from "./ScheduleFields.js";

const FORM = "schedule";
const KIND_OPTIONS = CONVERSATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

export function scheduleValuesOf(conversation: Conversation): ScheduleValues {
  return {
    ...emptySchedule(),
    ...toLocalInputs(conversation.scheduledAt),
    ...(conversation.durationMinutes ? { durationMinutes: conversation.durationMinutes } : {}),
    format: conversation.format ?? "",
    place: conversation.place ?? "",
  };
}

/** Asks when (and how, and where) a conversation takes place, before moving it to Scheduled. */
export function ScheduleDialog({
  conversation,
  title,
  submitLabel = "Schedule",
  description = "When did you agree to talk? A past day is fine for a conversation you are logging afterwards.",
  timeRequired = true,
  withKind = false,
  onSubmit,
  onClose,
}: {
  /** Also asks what the conversation is about (when editing its details). */
  withKind?: boolean;
  conversation: Conversation | null;
  title?: string;
  submitLabel?: string;
  description?: string;
  /** Whether a day and time must be given (to schedule); editing details leaves them optional. */
  timeRequired?: boolean;
  /** Saves; stays open with the error shown when it throws. */
  onSubmit: (values: ScheduleValues, kind: ConversationKind) => Promise<void>;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={conversation !== null}
      onClose={onClose}
      title={title ?? (conversation ? `Schedule the conversation with ${conversation.contactName}` : "")}
      size="lg"
      radius="lg"
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
    >
      {conversation && (
        <ScheduleForm
          key={conversation.id}
          initial={scheduleValuesOf(conversation)}
          initialKind={withKind ? conversation.kind : null}
          submitLabel={submitLabel}
          description={description}
          timeRequired={timeRequired}
          onSubmit={onSubmit}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}

function ScheduleForm({
  initial,
  initialKind,
  submitLabel,
  description,
  timeRequired,
  onSubmit,
  onCancel,
}: {
  initial: ScheduleValues;
  /** The kind to ask about too, or null. */
  initialKind: ConversationKind | null;
  submitLabel: string;
  description: string;
  timeRequired: boolean;
  onSubmit: (values: ScheduleValues, kind: ConversationKind) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [kind, setKind] = useState<ConversationKind>(initialKind ?? "person");
  const [shown, setShown] = useState<Set<keyof ScheduleValues>>(new Set());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = validateSchedule(values, timeRequired);
  const visible: ScheduleErrors = Object.fromEntries(
    Object.entries(errors).filter(([field]) => shown.has(field as keyof ScheduleValues)),
  );

  async function submit() {
    if (saving) return;
    const invalid = Object.keys(errors) as (keyof ScheduleValues)[];
    if (invalid.length > 0) {
      setShown(new Set(invalid));
      focusField(FORM, invalid[0] ?? "date");
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await onSubmit(values, kind);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "Could not schedule it.");
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      noValidate
      aria-label="Schedule"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}
    >
      <Stack gap="md">
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {initialKind && (
          <Select
            label="What it is about"
            data={KIND_OPTIONS}
            value={kind}
            onChange={(value) => setKind((value ?? "person") as ConversationKind)}
            allowDeselect={false}
          />
        )}
        <ScheduleFields
          form={FORM}
          values={values}
          errors={visible}
          timeRequired={timeRequired}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          onBlur={(field) => setShown((current) => new Set(current).add(field))}
        />
        {failure && (
          <Text c="red.7" size="sm" role="alert">
            {failure}
          </Text>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
