import { Button, EmptyState, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconPencil, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import type { Message } from "../api/types.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { ErrorState } from "../components/ErrorState.js";
import { type OutboxAction, OutboxItem } from "../components/outreach/OutboxItem.js";
import { type OutboxEdit, OutboxMessageDialog } from "../components/outreach/OutboxMessageDialog.js";
import { RescheduleDialog } from "../components/outreach/RescheduleDialog.js";
import { Page, PageHeader } from "../components/Page.js";
import { useContact } from "../hooks/contacts.js";
import { useCancelMessage, useOutbox, useUpdateMessage } from "../hooks/messages.js";
import { useNow } from "../hooks/use-now.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { shortDateTime } from "../lib/datetime.js";
import { countLabel } from "../lib/format.js";
import { sortOutbox } from "../lib/outbox.js";
import { useToast } from "../lib/toast-context.js";

/** `/outbox`: messages waiting for their time, on their way, or that could not be sent. */
export function OutboxPage() {
  usePageTitle("Outbox");
  const outbox = useOutbox();
  const update = useUpdateMessage();
  const cancel = useCancelMessage();
  const toast = useToast();
  const now = useNow(outbox.data?.items.length ? 15_000 : 60_000);
  const [busy, setBusy] = useState<{ id: string; action: OutboxAction } | null>(null);
  const [rescheduling, setRescheduling] = useState<Message | null>(null);
  const [opened, setOpened] = useState<Message | null>(null);
  const [cancelling, setCancelling] = useState<Message | null>(null);

  const write = (
    <Button component={Link} to="/compose" leftSection={<IconPencil size={18} />}>
      Write a message
    </Button>
  );

  async function sendAt(message: Message, at: string, action: OutboxAction) {
    setBusy({ id: message.id, action });
    try {
      await update.mutateAsync({ id: message.id, changes: { sendAt: at } });
      toast({
        message:
          action === "send-now"
            ? "Going out now."
            : message.status === "failed"
              ? `It is tried again ${shortDateTime(at)}.`
              : `Rescheduled for ${shortDateTime(at)}.`,
      });
    } catch (error) {
      toast({ title: "Not changed", message: (error as Error).message, color: "red" });
      throw error;
    } finally {
      setBusy(null);
    }
  }

  function onAction(message: Message, action: OutboxAction) {
    if (action === "send-now") void sendAt(message, new Date().toISOString(), action).catch(() => {});
    else if (action === "open") setOpened(message);
    else if (action === "reschedule") setRescheduling(message);
    else setCancelling(message);
  }

  async function saveEdit(message: Message, edit: OutboxEdit) {
    await update.mutateAsync({ id: message.id, changes: edit });
    setOpened(null);
    toast({
      message: edit.sendAt
        ? `Saved; it goes out ${shortDateTime(edit.sendAt)}.`
        : "Saved: the new text is what goes out.",
    });
  }

  async function confirmCancel() {
    if (!cancelling) return;
    const message = cancelling;
    setBusy({ id: message.id, action: "cancel" });
    try {
      await cancel.mutateAsync(message.id);
      setCancelling(null);
      toast({ message: "Cancelled: the message will not be sent.", color: "gray" });
    } catch (error) {
      setCancelling(null);
      toast({ title: "Not cancelled", message: (error as Error).message, color: "red" });
    } finally {
      setBusy(null);
    }
  }

  const items = outbox.data ? sortOutbox(outbox.data.items) : [];
  const failed = items.filter((message) => message.status === "failed").length;

  return (
    <Page size="lg">
      <PageHeader
        title="Outbox"
        below={
          <Text c="dimmed" aria-live="polite">
            {!outbox.data
              ? "Messages waiting to go out."
              : items.length === 0
                ? "Nothing waiting to go out."
                : `${countLabel(items.length, "message")} waiting${failed > 0 ? `, ${failed} not sent` : ""}. Sent ones move to each person's messages.`}
          </Text>
        }
        actions={write}
      />
      {outbox.isError && !outbox.data ? (
        <ErrorState
          error={outbox.error}
          onRetry={() => void outbox.refetch()}
          title="Could not load the outbox"
        />
      ) : !outbox.data ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading the outbox">
          <Skeleton height={104} radius="lg" />
          <Skeleton height={104} radius="lg" />
        </Stack>
      ) : items.length === 0 ? (
        <OutboxEmpty />
      ) : (
        <Stack
          gap="sm"
          component="ul"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
          aria-label="Outbox"
        >
          {items.map((message) => (
            <li key={message.id}>
              <OutboxItem
                message={message}
                now={now}
                busy={busy?.id === message.id ? busy.action : null}
                onAction={onAction}
              />
            </li>
          ))}
        </Stack>
      )}
      <RescheduleTarget
        message={rescheduling}
        onClose={() => setRescheduling(null)}
        saving={busy?.action === "reschedule"}
        onSubmit={async (at) => {
          if (!rescheduling) return;
          await sendAt(rescheduling, at, "reschedule");
          setRescheduling(null);
        }}
      />
      <OpenedMessage message={opened} onClose={() => setOpened(null)} onSave={saveEdit} />
      <ConfirmDialog
        opened={cancelling !== null}
        title="Cancel this message?"
        message="It leaves the outbox and is not sent. Its text is not kept: copy it first if you may want it again."
        confirmLabel="Cancel the message"
        cancelLabel="Keep it"
        loading={busy?.action === "cancel"}
        onConfirm={() => void confirmCancel()}
        onClose={() => setCancelling(null)}
      />
    </Page>
  );
}

/** The reschedule dialog, with the recipient's name in its title. */
function RescheduleTarget(props: {
  message: Message | null;
  onClose: () => void;
  onSubmit: (at: string) => Promise<void>;
  saving: boolean;
}) {
  const contact = useContact(props.message?.contactId ?? null);
  return <RescheduleDialog {...props} recipient={contact.data?.fullName ?? "them"} />;
}

/** The message opened to read or edit, with the recipient's name in its title. */
function OpenedMessage(props: {
  message: Message | null;
  onClose: () => void;
  onSave: (message: Message, edit: OutboxEdit) => Promise<void>;
}) {
  const contact = useContact(props.message?.contactId ?? null);
  return <OutboxMessageDialog {...props} recipient={contact.data?.fullName ?? "them"} />;
}

function OutboxEmpty() {
  return (
    <EmptyState
      py={56}
      icon={<IconSend size={28} stroke={1.5} />}
      variant="light"
      title="Your outbox is empty"
      description="When you schedule a message (a request for Tuesday morning, their time, say), it waits here until its moment and then goes out once. A message that could not be sent stays here with the reason, so you can try again. Sent messages are listed with each person."
    >
      <EmptyState.Actions>
        <Group gap="sm" justify="center">
          <Button component={Link} to="/compose" leftSection={<IconPencil size={18} />}>
            Write a message
          </Button>
          <Button component={Link} to="/settings#mail" variant="default">
            Mail settings
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
