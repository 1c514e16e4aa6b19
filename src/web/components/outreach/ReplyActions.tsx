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

  const mark = (outcome: "replied" | "declined") =>
    update.mutate(
      { id: message.id, changes: { repliedAt: new Date().toISOString(), outcome } },
      {
        onSuccess: () =>
          toast({
            message:
              outcome === "declined"
                ? `Noted: ${name} declined. A no is not personal; thank them for answering, and ask someone else.`
                : `Reply from ${name} noted; the follow-up reminders stop. Schedule it once you agree on a time.`,
            color: outcome === "declined" ? "gray" : "green",
          }),
        onError: (error) => toast({ message: error.message, title: "Not saved", color: "red" }),
      },
    );

  return (
    <Group gap={6} mt={6}>
      <Button
        size="compact-xs"
        variant="light"
        leftSection={<IconMessageReply size={12} />}
        loading={running === "replied"}
        disabled={update.isPending && running !== "replied"}
        onClick={() => mark("replied")}
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
        onClick={() => mark("declined")}
      >
        They declined
      </Button>
    </Group>
  );
}
