// A message in the outbox, opened: its text to read, and to edit (with its time) while it waits.
import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconCalendar, IconClock } from "@tabler/icons-react";
import { useMemo } from "react";
import { ApiError } from "../../api/http.js";
import type { Message } from "../../api/types.js";
import { browserZone, fromLocalInputs, longDateTime, toLocalInputs } from "../../lib/datetime.js";
import { fieldId } from "../../lib/field-id.js";
import { dueAt } from "../../lib/outbox.js";
import { FormModal, useModalForm } from "../FormModal.js";
import { DayInput, TimeOfDayInput } from "../form/DayTimeInputs.js";

export interface OutboxEdit {
  subject: string;
  body: string;
  /** A new time to send it, when it changed (scheduled messages only). */
  sendAt?: string;
}

interface Values {
  subject: string;
  body: string;
  date: string;
  time: string;
}

const FIELDS = { subject: "subject", body: "body", sendAt: "date" };

/** Opens a message of the outbox: editable while scheduled or failed, read-only while it goes. */
export function OutboxMessageDialog({
  message,
  recipient,
  onClose,
  onSave,
}: {
  /** The message opened; null keeps the dialog closed. */
  message: Message | null;
  recipient: string;
  onClose: () => void;
  onSave: (message: Message, edit: OutboxEdit) => Promise<void>;
}) {
  const waiting = message?.status === "scheduled" || message?.status === "failed";
  const scheduled = message?.status === "scheduled";
  const initial = useMemo<Values>(() => {
    const when = toLocalInputs(message ? dueAt(message) : null);
    return { subject: message?.subject ?? "", body: message?.body ?? "", ...when };
  }, [message]);
  const form = useModalForm(message !== null, initial, {
    fields: FIELDS,
    check: (values) => {
      if (!values.subject.trim()) return { field: "subject", message: "Give the e-mail a subject." };
      if (!values.body.trim())
        return { field: "body", message: "Write the message; an empty one cannot be sent." };
      if (scheduled && (values.date !== initial.date || values.time !== initial.time)) {
        const at = fromLocalInputs(values.date, values.time);
        if (!at) return { field: "date", message: "Choose a day and a time." };
        if (new Date(at).getTime() < Date.now() - 60_000)
          return { field: "date", message: "This time has passed: choose one to come." };
      }
      return null;
    },
    save: async (values) => {
      if (!message) return;
      const moved = scheduled && (values.date !== initial.date || values.time !== initial.time);
      const at = moved ? fromLocalInputs(values.date, values.time) : null;
      try {
        await onSave(message, { subject: values.subject, body: values.body, ...(at ? { sendAt: at } : {}) });
      } catch (error) {
        // It left the outbox meanwhile: the whole form is concerned, not one field.
        if (error instanceof ApiError && error.status === 409) throw new Error(error.fieldMessage);
        throw error;
      }
    },
  });
  const set = (key: keyof Values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    form.setValues((now) => ({ ...now, [key]: value }));
  };

  if (message && !waiting) {
    return (
      <Modal opened onClose={onClose} title={`Message to ${recipient}`} radius="lg" size="lg">
        <Stack gap="md">
          <Alert color="blue" variant="light">
            {message.status === "sending"
              ? "This message is going out now; it can no longer be changed."
              : "This message has left the outbox; it can no longer be changed."}
          </Alert>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Subject
            </Text>
            <Text style={{ overflowWrap: "anywhere" }}>{message.subject || "(no subject)"}</Text>
          </Stack>
          <Paper withBorder radius="md" p="sm">
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {message.body}
            </Text>
          </Paper>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <FormModal
      opened={message !== null}
      title={`Message to ${recipient}`}
      submitLabel="Save changes"
      onClose={onClose}
      form={form}
    >
      <Text size="sm" c="dimmed">
        {message?.status === "failed"
          ? "It could not be sent. Change what you like, then try again from the outbox."
          : `It goes out ${message ? longDateTime(dueAt(message)) : ""}. You can change it until then.`}
      </Text>
      <TextInput
        id={fieldId("outbox", "subject")}
        label="Subject"
        data-autofocus
        value={form.values.subject}
        error={form.fieldError("subject")}
        onChange={set("subject")}
      />
      <Textarea
        id={fieldId("outbox", "body")}
        label="Message"
        autosize
        minRows={8}
        maxRows={24}
        value={form.values.body}
        error={form.fieldError("body")}
        onChange={set("body")}
      />
      {scheduled && (
        <>
          <SimpleGrid cols={2} spacing="sm">
            <DayInput
              label="Day it goes"
              leftSection={<IconCalendar size={16} stroke={1.7} />}
              value={form.values.date}
              error={form.fieldError("date")}
              onChange={(date) => form.setValues((now) => ({ ...now, date }))}
            />
            <TimeOfDayInput
              label="Time"
              leftSection={<IconClock size={16} stroke={1.7} />}
              value={form.values.time}
              onChange={(time) => form.setValues((now) => ({ ...now, time }))}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={-8}>
            Your time ({browserZone().replace(/_/g, " ")}).
          </Text>
        </>
      )}
    </FormModal>
  );
}
