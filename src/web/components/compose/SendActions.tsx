// The ways to send a draft: send now, open in the mail app or copy (e-mail); copy and open their
// profile (LinkedIn note). After the mail app or a copy, a prompt asks whether it went.
import { Button, Group, Text } from "@mantine/core";
import {
  IconBrandLinkedin,
  IconCopy,
  IconExternalLink,
  IconMailForward,
  IconSend,
} from "@tabler/icons-react";
import type { Contact } from "../../api/types.js";
import type { SendFlows } from "../../hooks/use-send-flows.js";
import { mailtoUrl } from "../../lib/outreach.js";
import { SentPrompt } from "../outreach/SentPrompt.js";

export function SendActions({
  email,
  contact,
  subject,
  body,
  flows,
}: {
  email: boolean;
  contact: Contact | undefined;
  subject: string;
  body: string;
  flows: SendFlows;
}) {
  const { busy, sendBlocked } = flows;
  if (flows.prompt) {
    return (
      <SentPrompt
        how={flows.prompt}
        onSent={() => void flows.logSent()}
        onDismiss={() => flows.setPrompt(null)}
        logging={busy === "logged"}
      />
    );
  }
  const copy = (label: string, primary: boolean) => (
    <Button
      variant={primary ? "filled" : "default"}
      leftSection={<IconCopy size={16} />}
      onClick={() => void flows.copy()}
    >
      {label}
    </Button>
  );
  if (email) {
    return (
      <Group gap="sm" role="group" aria-label="Send">
        <Button
          leftSection={<IconSend size={16} />}
          onClick={() => void flows.sendNow()}
          loading={busy === "now"}
          disabled={sendBlocked !== null || (busy !== null && busy !== "now")}
          title={sendBlocked ?? undefined}
        >
          Send now
        </Button>
        <Button
          component="a"
          href={mailtoUrl(contact?.emails[0], subject, body)}
          variant="default"
          leftSection={<IconMailForward size={16} />}
          onClick={() => flows.setPrompt("mail-app")}
        >
          Open in my mail app
        </Button>
        {copy("Copy text", false)}
      </Group>
    );
  }
  return (
    <Group gap="sm" role="group" aria-label="Send">
      {copy("Copy note", true)}
      {contact?.linkedinUrl ? (
        <Button
          component="a"
          href={contact.linkedinUrl}
          target="_blank"
          rel="noopener noreferrer"
          variant="default"
          leftSection={<IconBrandLinkedin size={16} />}
          rightSection={<IconExternalLink size={14} aria-label="(opens in a new tab)" />}
        >
          Open LinkedIn profile
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          No LinkedIn profile for {contact?.fullName ?? "them"} yet.
        </Text>
      )}
    </Group>
  );
}
