import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconCalendar, IconClock } from "@tabler/icons-react";
import { useState } from "react";
import { CHANNELS, type Channel } from "../../../core/message.js";
import type { Conversation } from "../../api/types.js";
import { useLogMessage } from "../../hooks/messages.js";
import { useCheckedForm } from "../../hooks/use-checked-form.js";
import { fieldId } from "../../lib/field-id.js";
import {
  CHANNEL_LABELS,
  LOG_LABELS,
  LOGGED_PURPOSES,
  type LoggedPurpose,
  type MessageFormValues,
  newMessageForm,
  PURPOSE_LABELS,
  toMessageInput,
  validateMessageForm,
} from "../../lib/message-form.js";
import { useToast } from "../../lib/toast-context.js";
import { DayInput, TimeOfDayInput } from "../form/DayTimeInputs.js";
import { WhenReadBack } from "../form/WhenReadBack.js";

const FORM = "message";

const LOGGED_TOASTS: Record<LoggedPurpose, (name: string) => string> = {
  request: (name) => `Request to ${name} logged. coffeechat will tell you when to follow up.`,
  "follow-up": (name) => `Nudge to ${name} logged.`,
  "thank-you": (name) => `Thank-you to ${name} logged.`,
  "stay-in-touch": (name) => `Update to ${name} logged.`,
  other: (name) => `Message to ${name} logged.`,
};

/** Records a message sent (now, or earlier outside the app): a request, a nudge, a thank-you. */
export function LogMessageDialog({
  conversation,
  purpose,
  onClose,
}: {
  conversation: Conversation;
  /** The kind of message to log; null keeps the dialog closed. */
  purpose: LoggedPurpose | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={purpose !== null}
      onClose={onClose}
      title={`Log a message to ${conversation.contactName}`}
      size="lg"
      radius="lg"
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
    >
      {purpose && (
        <MessageForm key={purpose} conversation={conversation} purpose={purpose} onDone={onClose} />
      )}
    </Modal>
  );
}

function MessageForm({
  conversation,
  purpose,
  onDone,
}: {
  conversation: Conversation;
  purpose: LoggedPurpose;
  onDone: () => void;
}) {
  const toast = useToast();
  const log = useLogMessage();
  const [initialValues] = useState(() => newMessageForm(purpose));
  const message = useCheckedForm<MessageFormValues>({
    name: FORM,
    initialValues,
    validate: (values) => validateMessageForm(values),
    fieldOrder: ["date", "time", "subject"],
    onSubmit: async (values) => {
      await log.mutateAsync(
        toMessageInput(values, { contactId: conversation.contactId, conversationId: conversation.id }),
      );
      toast({ message: LOGGED_TOASTS[values.purpose](conversation.contactName) });
      onDone();
    },
    // What the server refuses is told above the buttons, as a whole.
    fieldOf: () => null,
    failureMessage: "Not logged.",
  });
  const { values, field, form } = message;

  return (
    <form aria-label="Log a message" {...message.formProps}>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} mb={4} id="message-purpose-label">
            What was it?
          </Text>
          <SegmentedControl
            aria-labelledby="message-purpose-label"
            fullWidth
            value={values.purpose}
            onChange={(value) => form.setFieldValue("purpose", value as LoggedPurpose)}
            data={LOGGED_PURPOSES.map((value) => ({ value, label: PURPOSE_LABELS[value] }))}
          />
        </div>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <Select
            id={fieldId(FORM, "channel")}
            label="Sent by"
            data={CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
            value={values.channel}
            onChange={(value) => form.setFieldValue("channel", (value ?? "email") as Channel)}
            allowDeselect={false}
          />
          <DayInput
            label="Sent on"
            leftSection={<IconCalendar size={16} stroke={1.7} />}
            {...field("date")}
            value={values.date}
          />
          <TimeOfDayInput
            label="At"
            leftSection={<IconClock size={16} stroke={1.7} />}
            {...field("time")}
            value={values.time}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          Now, or earlier for a message you sent outside coffeechat; the follow-up reminders count from then.
        </Text>
        <WhenReadBack date={values.date} time={values.time} />
        <TextInput label="Subject" placeholder="Optional" data-autofocus {...field("subject")} />
        <Textarea
          label="Text"
          placeholder="Optional: paste what you wrote, to see later what worked."
          autosize
          minRows={3}
          maxRows={12}
          {...field("body")}
        />
        {message.formError && (
          <Text c="var(--cc-text-danger)" size="sm" role="alert">
            {message.formError}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={message.saving}>
            {LOG_LABELS[values.purpose]}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
