import { Anchor, Badge, Button, Group, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconArchive, IconCalendarPlus, IconMail, IconMapPin, IconPencil } from "@tabler/icons-react";
import { Link } from "react-router";
import { SOURCE_LABELS } from "../../../core/contact-fields.js";
import type { Contact } from "../../api/types.js";
import { composeUrl } from "../../lib/outreach.js";
import { RELATIONSHIP_COLORS, relationshipMeaning, relationshipShortLabel } from "../../lib/relationship.js";
import { ContactAvatar } from "./ContactAvatar.js";

/** The top of a contact's page: who, where they work, and what can be done. */
export function ContactHeader({
  contact,
  onEdit,
  onToggleArchived,
  archiving,
}: {
  contact: Contact;
  onEdit: () => void;
  onToggleArchived: () => void;
  archiving: boolean;
}) {
  return (
    <Group justify="space-between" align="flex-start" gap="lg" mb="xl" wrap="wrap">
      <Group gap="lg" wrap="nowrap" align="center" style={{ minWidth: 0, flex: 1 }}>
        <ContactAvatar contact={contact} size={72} />
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={1} fz={28} style={{ letterSpacing: "-0.02em", overflowWrap: "anywhere" }}>
            {contact.fullName}
          </Title>
          {(contact.title || contact.organization) && (
            <Text c="var(--cc-color-text-soft)" fz="md">
              {contact.title}
              {contact.title && contact.organization ? " at " : ""}
              {contact.organization &&
                (contact.organizationId ? (
                  <Anchor component={Link} to={`/organizations/${contact.organizationId}`} fw={500}>
                    {contact.organization}
                  </Anchor>
                ) : (
                  contact.organization
                ))}
            </Text>
          )}
          <Group gap={8}>
            <Tooltip label={relationshipMeaning(contact.relationshipStrength)} withArrow>
              <Badge
                variant="light"
                color={RELATIONSHIP_COLORS[contact.relationshipStrength]}
                radius="sm"
                tt="none"
                fw={600}
              >
                {relationshipShortLabel(contact.relationshipStrength)}
              </Badge>
            </Tooltip>
            {contact.source && (
              <Badge variant="default" radius="sm" tt="none" fw={500} c="var(--cc-color-text-soft)">
                {SOURCE_LABELS[contact.source]}
              </Badge>
            )}
            {contact.location && (
              <Group gap={4} c="dimmed">
                <IconMapPin size={14} stroke={1.7} aria-hidden />
                <Text size="sm">{contact.location}</Text>
              </Group>
            )}
          </Group>
        </Stack>
      </Group>
      <Group gap="sm">
        {!contact.archived && (
          <Button
            variant="default"
            leftSection={<IconArchive size={16} />}
            onClick={onToggleArchived}
            loading={archiving}
          >
            Archive
          </Button>
        )}
        <Tooltip label="Shortcut: E" withArrow openDelay={400}>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
            Edit
          </Button>
        </Tooltip>
        {!contact.archived && (
          <Tooltip label="Shortcut: W" withArrow openDelay={400}>
            <Button
              component={Link}
              to={composeUrl({ contactId: contact.id })}
              variant="default"
              leftSection={<IconMail size={16} />}
            >
              Write…
            </Button>
          </Tooltip>
        )}
        {!contact.archived && (
          <Tooltip label="Shortcut: P" withArrow openDelay={400}>
            <Button
              component={Link}
              to={`/conversations/new?contactId=${encodeURIComponent(contact.id)}`}
              leftSection={<IconCalendarPlus size={16} />}
            >
              Plan a conversation
            </Button>
          </Tooltip>
        )}
      </Group>
    </Group>
  );
}
