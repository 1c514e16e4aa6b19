import { Button, Group, Paper, Text } from "@mantine/core";
import { IconArrowRight, IconFileText, IconPlayerPlay } from "@tabler/icons-react";
import { Link } from "react-router";
import { HELD } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";

/** Before: the prep sheet and conversation mode; after: the wrap-up. The one for now comes first. */
export function ConversationModeLinks({ conversation }: { conversation: Conversation }) {
  const held = HELD.includes(conversation.stage);
  const base = `/conversations/${conversation.id}`;
  const prep = (
    <Button
      key="prep"
      component={Link}
      to={`${base}/prep`}
      variant={held ? "default" : "light"}
      leftSection={<IconFileText size={16} />}
    >
      Prep sheet
    </Button>
  );
  const live = (
    <Button
      key="live"
      component={Link}
      to={`${base}/live`}
      variant="default"
      leftSection={<IconPlayerPlay size={16} />}
    >
      Conversation mode
    </Button>
  );
  const wrapUp = (
    <Button
      key="wrap-up"
      component={Link}
      to={`${base}/wrap-up`}
      variant={held ? "light" : "default"}
      rightSection={<IconArrowRight size={16} />}
    >
      Wrap up
    </Button>
  );
  return (
    <Paper withBorder radius="lg" px="lg" py="sm" component="nav" aria-label="Prepare and follow through">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {held
            ? "Held: note what you learned, rate how each goal fits, and thank them within a day."
            : "Walk in with a one-page prep sheet; take notes against your questions in conversation mode."}
        </Text>
        <Group gap="xs">{held ? [wrapUp, prep, live] : [prep, live, wrapUp]}</Group>
      </Group>
    </Paper>
  );
}
