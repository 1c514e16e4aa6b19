import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { CONVERSATION_KINDS, type ConversationKind, KIND_LABELS } from "../../../core/conversation.js";
import type { Conversation } from "../../api/types.js";
import { useCheckedForm } from "../../hooks/use-checked-form.js";
import { emptySchedule, type ScheduleValues, validateSchedule } from "../../lib/conversation-form.js";
import { toLocalInputs } from "../../lib/datetime.js";
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
  const schedule = useCheckedForm<ScheduleValues & { kind: ConversationKind }>({
    name: FORM,
    initialValues: { ...initial, kind: initialKind ?? "person" },
    validate: (values) => validateSchedule(values, timeRequired),
    fieldOrder: ["date", "time", "format", "durationMinutes", "place"],
    onSubmit: ({ kind, ...values }) => onSubmit(values, kind),
    // A refusal is told under the fields, as a whole.
    fieldOf: () => null,
    failureMessage: "Could not schedule it.",
  });
  const { values, form } = schedule;

  return (
    <form aria-label="Schedule" {...schedule.formProps}>
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
            value={values.kind}
            onChange={(value) => form.setFieldValue("kind", (value ?? "person") as ConversationKind)}
            allowDeselect={false}
          />
        )}
        <ScheduleFields
          form={FORM}
          values={values}
          errors={schedule.errors}
          timeRequired={timeRequired}
          onChange={(field, value) => {
            form.setValues((current) => ({ ...current, [field]: value }));
            form.clearFieldError(field);
          }}
          onBlur={schedule.check}
        />
        {schedule.formError && (
          <Text c="var(--cc-text-danger)" size="sm" role="alert">
            {schedule.formError}
          </Text>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={schedule.saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
