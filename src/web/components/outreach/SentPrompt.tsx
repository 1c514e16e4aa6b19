import { Alert, Button, Group, Text } from "@mantine/core";
import { IconHelpCircle } from "@tabler/icons-react";

/** After the draft went to the mail app or the clipboard: did it go out? Logging it starts the follow-up. */
export function SentPrompt({
  how,
  onSent,
  onDismiss,
  logging,
}: {
  how: "mail-app" | "copied";
  onSent: () => void;
  onDismiss: () => void;
  logging: boolean;
}) {
  return (
    <Alert
      variant="light"
      color="coffee"
      radius="md"
      icon={<IconHelpCircle size={20} />}
      title="Did you send it?"
      role="status"
    >
      <Text size="sm" mb="sm">
        {how === "mail-app"
          ? "Your mail app has the draft. Once you have sent it, say so here: coffeechat then logs it and reminds you to follow up if no answer comes."
          : "The text is on your clipboard. Once you have sent it, say so here: coffeechat then logs it and reminds you to follow up if no answer comes."}
      </Text>
      <Group gap="sm">
        <Button size="xs" onClick={onSent} loading={logging}>
          I sent it
        </Button>
        <Button size="xs" variant="default" onClick={onDismiss} disabled={logging}>
          Not yet
        </Button>
      </Group>
    </Alert>
  );
}
