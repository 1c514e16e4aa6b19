import { Button, Group } from "@mantine/core";
import { IconMessageReply, IconMoodSad } from "@tabler/icons-react";
import type { Message } from "../../api/types.js";
import { useUpdateMessage } from "../../hooks/messages.js";
import { useToast } from "../../lib/toast-context.js";

/** On an ask still waiting for an answer: they replied (the reminders stop) or they declined (it ends). */
export function ReplyActions({ message, name }: { message: Message; name: string }) {
  const update = useUpdateMessage();
  const toast = useToast();
  const running = update.isPending ? update.variables?.changes.outcome : undefined;

  // Told through the promise, not mutate's callbacks: the reply noted removes these buttons (and
  // their callbacks with them) as soon as the conversation is fetched again.
  const mark = (outcome: "replied" | "declined") =>
    update.mutateAsync({ id: message.id, changes: { repliedAt: new Date().toISOString(), outcome } }).then(
      () =>
        toast({
          message:
            outcome === "declined"
              ? `Noted: ${name} declined. A no is not personal; thank them for answering, and ask someone else.`
              : `Reply from ${name} noted; the follow-up reminders stop. Schedule it once you agree on a time.`,
          color: outcome === "declined" ? "gray" : "green",
        }),
      (error: Error) => toast({ message: error.message, title: "Not saved", color: "red" }),
    );

  return (
    <Group gap={6} mt={6}>
      <Button
        size="compact-xs"
        variant="light"
        leftSection={<IconMessageReply size={12} />}
        loading={running === "replied"}
        disabled={update.isPending && running !== "replied"}
        onClick={() => void mark("replied")}
      >
        They replied
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        leftSection={<IconMoodSad size={12} />}
        loading={running === "declined"}
        disabled={update.isPending && running !== "declined"}
        onClick={() => void mark("declined")}
      >
        They declined
      </Button>
    </Group>
  );
}
