import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { IconCalendar, IconClock } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import type { Message } from "../../api/types.js";
import { browserZone, fromLocalInputs, toLocalInputs } from "../../lib/datetime.js";
import { dueAt } from "../../lib/outbox.js";
import { DayInput, TimeOfDayInput } from "../form/DayTimeInputs.js";

/** A new day and time for a scheduled message, or for another try of one that could not be sent. */
export function RescheduleDialog({
  message,
  recipient,
  onClose,
  onSubmit,
  saving,
}: {
  /** The message to move; null keeps the dialog closed. */
  message: Message | null;
  recipient: string;
  onClose: () => void;
  onSubmit: (sendAt: string) => Promise<void>;
  saving: boolean;
}) {
  return (
    <Modal
      opened={message !== null}
      onClose={onClose}
      title={
        message?.status === "failed"
          ? `Try again to send to ${recipient}`
          : `Reschedule the message to ${recipient}`
      }
      radius="lg"
      centered
    >
      {message && (
        <RescheduleForm
          key={message.id}
          message={message}
          onClose={onClose}
          onSubmit={onSubmit}
          saving={saving}
        />
      )}
    </Modal>
  );
}

function RescheduleForm({
  message,
  onClose,
  onSubmit,
  saving,
}: {
  message: Message;
  onClose: () => void;
  onSubmit: (sendAt: string) => Promise<void>;
  saving: boolean;
}) {
  const start =
    message.status === "failed" ? new Date(Date.now() + 5 * 60_000).toISOString() : dueAt(message);
  const [values, setValues] = useState(() => toLocalInputs(start));
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = fromLocalInputs(values.date, values.time);
    if (!at) {
      setError("Choose a day and a time.");
      return;
    }
    if (new Date(at).getTime() < Date.now() - 60_000) {
      setError("This time has passed: choose one to come, or send it now.");
      return;
    }
    setError(null);
    try {
      await onSubmit(at);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Not rescheduled.");
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Reschedule">
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="sm">
          <DayInput
            label="Day"
            data-autofocus
            leftSection={<IconCalendar size={16} stroke={1.7} />}
            value={values.date}
            error={error}
            onChange={(date) => setValues((now) => ({ ...now, date }))}
          />
          <TimeOfDayInput
            label="Time"
            leftSection={<IconClock size={16} stroke={1.7} />}
            value={values.time}
            error={Boolean(error)}
            onChange={(time) => setValues((now) => ({ ...now, time }))}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          Your time ({browserZone().replace(/_/g, " ")}).
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {message.status === "failed" ? "Try again then" : "Reschedule"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
