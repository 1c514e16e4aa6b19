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
import { getHotkeyHandler } from "@mantine/hooks";
import { IconCalendar, IconClock } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { CHANNELS, type Channel } from "../../../core/message.js";
import type { Conversation } from "../../api/types.js";
import { useLogMessage } from "../../hooks/messages.js";
import { fieldId, focusField } from "../../lib/field-id.js";
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
  const [values, setValues] = useState<MessageFormValues>(() => newMessageForm(purpose));
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = validateMessageForm(values);
  const visible = shown ? errors : {};
  const set = <K extends keyof MessageFormValues>(field: K, value: MessageFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function submit() {
    if (log.isPending) return;
    const invalid = Object.keys(errors);
    if (invalid.length > 0) {
      setShown(true);
      focusField(FORM, invalid[0] ?? "date");
      return;
    }
    setFailure(null);
    try {
      await log.mutateAsync(
        toMessageInput(values, { contactId: conversation.contactId, conversationId: conversation.id }),
      );
      toast({ message: LOGGED_TOASTS[values.purpose](conversation.contactName) });
      onDone();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "Not logged.");
    }
  }

  return (
    <form
      noValidate
      aria-label="Log a message"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}
    >
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} mb={4} id="message-purpose-label">
            What was it?
          </Text>
          <SegmentedControl
            aria-labelledby="message-purpose-label"
            fullWidth
            value={values.purpose}
            onChange={(value) => set("purpose", value as LoggedPurpose)}
            data={LOGGED_PURPOSES.map((value) => ({ value, label: PURPOSE_LABELS[value] }))}
          />
        </div>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <Select
            id={fieldId(FORM, "channel")}
            label="Sent by"
            data={CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
            value={values.channel}
            onChange={(value) => set("channel", (value ?? "email") as Channel)}
            allowDeselect={false}
          />
          <TextInput
            id={fieldId(FORM, "date")}
            type="date"
            label="Sent on"
            leftSection={<IconCalendar size={16} stroke={1.7} />}
            value={values.date}
            error={visible.date}
            onChange={(event) => set("date", event.currentTarget.value)}
            onBlur={() => setShown(true)}
          />
          <TextInput
            id={fieldId(FORM, "time")}
            type="time"
            label="At"
            leftSection={<IconClock size={16} stroke={1.7} />}
            value={values.time}
            error={visible.time}
            onChange={(event) => set("time", event.currentTarget.value)}
            onBlur={() => setShown(true)}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          Now, or earlier for a message you sent outside coffeechat; the follow-up reminders count from then.
        </Text>
        <TextInput
          id={fieldId(FORM, "subject")}
          label="Subject"
          placeholder="Optional"
          data-autofocus
          value={values.subject}
          error={visible.subject}
          onChange={(event) => set("subject", event.currentTarget.value)}
        />
        <Textarea
          id={fieldId(FORM, "body")}
          label="Text"
          placeholder="Optional: paste what you wrote, to see later what worked."
          autosize
          minRows={3}
          maxRows={12}
          value={values.body}
          onChange={(event) => set("body", event.currentTarget.value)}
        />
        {failure && (
          <Text c="red.7" size="sm" role="alert">
            {failure}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={log.isPending}>
            {LOG_LABELS[values.purpose]}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
