import { Alert, Anchor, Text } from "@mantine/core";
import { IconMailOff } from "@tabler/icons-react";
import { Link } from "react-router";

/** Why coffeechat cannot send for me yet, and where to fix it. */
export function MailNotSetUp({ missingFrom = false }: { missingFrom?: boolean }) {
  return (
    <Alert
      variant="light"
      color="yellow"
      radius="md"
      icon={<IconMailOff size={20} />}
      title="Mail is not set up"
    >
      <Text size="sm">
        {missingFrom
          ? "coffeechat knows your mail server but not which address to send from."
          : "To send or schedule from here, coffeechat needs your mail server."}{" "}
        <Anchor component={Link} to="/settings#mail" inherit fw={600}>
          Set it up in Settings
        </Anchor>
        , or open the draft in your own mail app.
      </Text>
    </Alert>
  );
}
