import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { IconCalendarPlus, IconSend, IconUserPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import type { Suggestion } from "../../api/types.js";
import { useConversations } from "../../hooks/conversations.js";
import { composeUrl } from "../../lib/compose-url.js";
import { ContactAvatar } from "../contacts/ContactAvatar.js";
import { InfoCard } from "../InfoCard.js";

function nameParts(fullName: string) {
  const [firstName = "", ...rest] = fullName.split(" ");
  return { firstName, lastName: rest.at(-1) ?? "", fullName };
}

/** Whom to ask next, and why, with the button that starts planning it. */
export function SuggestionCard({ suggestion }: { suggestion: Suggestion | null }) {
  if (!suggestion) {
    return (
      <InfoCard title="Whom to ask next">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            No one stands out right now. Add people whose work interests you, or pick someone from your
            contacts to plan a conversation with.
          </Text>
          <Button
            component={Link}
            to="/contacts/new"
            variant="default"
            leftSection={<IconUserPlus size={16} />}
            size="sm"
          >
            Add a contact
          </Button>
        </Stack>
      </InfoCard>
    );
  }
  return <Suggested suggestion={suggestion} />;
}

/** The suggestion itself: to a conversation already planned with them, or to plan one. */
function Suggested({ suggestion }: { suggestion: Suggestion }) {
  const planned = useConversations({ contactId: suggestion.contactId, stage: ["idea", "to-ask"], limit: 1 });
  const existing = planned.data?.items[0];
  return (
    <InfoCard title="Whom to ask next">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ContactAvatar contact={nameParts(suggestion.contactName)} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/contacts/${suggestion.contactId}`} fw={600} c="bright">
              {suggestion.contactName}
            </Anchor>
            <Text size="sm" c="var(--cc-color-text-soft)" lh={1.5}>
              {suggestion.reason}
            </Text>
          </Stack>
        </Group>
        {existing ? (
          <Button
            component={Link}
            to={composeUrl({
              contactId: suggestion.contactId,
              conversationId: existing.id,
              purpose: "request",
            })}
            leftSection={<IconSend size={16} />}
            variant="light"
            aria-label={`Write the request to ${suggestion.contactName}`}
          >
            Write the request
          </Button>
        ) : (
          <Button
            component={Link}
            to={`/conversations/new?contactId=${encodeURIComponent(suggestion.contactId)}`}
            leftSection={<IconCalendarPlus size={16} />}
            variant="light"
            aria-label={`Plan a conversation with ${suggestion.contactName}`}
          >
            Plan a conversation
          </Button>
        )}
      </Stack>
    </InfoCard>
  );
}
