import { Button, Group, Menu, Stack, Text } from "@mantine/core";
import { IconChevronDown, IconPencil, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { offeredPurposes } from "../../../core/message.js";
import type { ConversationDetail } from "../../api/types.js";
import { LOG_LABELS, type LoggedPurpose, PURPOSE_LABELS } from "../../lib/message-form.js";
import { composeUrl } from "../../lib/outreach.js";
import { InfoCard } from "../InfoCard.js";
import { LogMessageDialog } from "./LogMessageDialog.js";
import { SendTimeAdvice } from "./SendTimeAdvice.js";

const ADVICE_STAGES = new Set(["idea", "to-ask", "asked"]);

const HINTS: Partial<Record<LoggedPurpose, string>> = {
  request: "Short and honest: who you are, what you hope to learn, and for how little time.",
  "follow-up":
    "No reply yet? A short, friendly nudge is fine; people are busy. Once they answer, schedule it.",
  "thank-you": "Within a day: one thing you learned, and anything you promised.",
  "stay-in-touch": "Tell them how their advice played out, or share something useful to them.",
};

const WRITE_LABELS: Record<LoggedPurpose, string> = {
  request: "Write a request…",
  "follow-up": "Write a nudge…",
  "thank-you": "Write a thank-you…",
  "stay-in-touch": "Write an update…",
  other: "Write a message…",
};

/**
 * Writing the message the stage calls for (in the composer), or logging one sent elsewhere; with the
 * best moment to send beside the request and the nudge.
 */
export function MessagesCard({ conversation }: { conversation: ConversationDetail }) {
  const [logging, setLogging] = useState<LoggedPurpose | null>(null);
  const { main, others } = offeredPurposes(conversation.stage, conversation.messages);
  const advise = ADVICE_STAGES.has(conversation.stage) && (main === "request" || main === "follow-up");

  return (
    <InfoCard title="Messages">
      <Stack gap="sm">
        {HINTS[main] && (
          <Text size="sm" c="var(--cc-color-text-soft)">
            {HINTS[main]}
          </Text>
        )}
        {advise && <SendTimeAdvice contactId={conversation.contactId} />}
        <Button
          component={Link}
          to={composeUrl({
            contactId: conversation.contactId,
            conversationId: conversation.id,
            purpose: main === "other" ? null : main,
          })}
          leftSection={<IconPencil size={16} />}
          variant={main === "other" ? "light" : "filled"}
        >
          {WRITE_LABELS[main]}
        </Button>
        <Group gap="xs" wrap="nowrap">
          <Button
            leftSection={<IconSend size={16} />}
            variant="default"
            onClick={() => setLogging(main)}
            style={{ flex: 1 }}
          >
            {LOG_LABELS[main]}
          </Button>
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <Button
                variant="default"
                rightSection={<IconChevronDown size={14} />}
                aria-label="Other kinds of message to log"
              >
                Other
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Log a message sent</Menu.Label>
              {others.map((purpose) => (
                <Menu.Item key={purpose} onClick={() => setLogging(purpose)}>
                  {PURPOSE_LABELS[purpose]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Stack>
      <LogMessageDialog conversation={conversation} purpose={logging} onClose={() => setLogging(null)} />
    </InfoCard>
  );
}
