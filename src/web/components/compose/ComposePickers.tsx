// Whom to write to and which template to start from, and the conversation the message is for.
import { Anchor, Group, Select, SimpleGrid, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Contact, ConversationDetail, Template } from "../../api/types.js";
import { fieldId } from "../../lib/field-id.js";
import { templateOptions } from "../../lib/outreach.js";
import { ContactSelect } from "../contacts/ContactSelect.js";
import { StageBadge } from "../conversations/StageBadge.js";
import { Recipient } from "./ComposeLayout.js";

export function ComposePickers({
  contactId,
  contact,
  onContact,
  templates,
  templatesLoading,
  template,
  onTemplate,
  conversation,
}: {
  contactId: string;
  contact: Contact | undefined;
  onContact: (id: string) => void;
  templates: readonly Template[];
  templatesLoading: boolean;
  template: Template | null;
  onTemplate: (id: string | null) => void;
  conversation: ConversationDetail | undefined;
}) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <div>
          <ContactSelect
            id={fieldId("compose", "to")}
            label="To"
            placeholder="Search your contacts"
            value={contactId}
            onChange={onContact}
          />
          <Recipient contact={contact} channel={template?.channel ?? "email"} />
        </div>
        <Select
          id={fieldId("compose", "template")}
          label="Template"
          placeholder={templatesLoading ? "Loading…" : "Choose a template"}
          data={templateOptions(templates)}
          value={template?.id ?? null}
          onChange={onTemplate}
          allowDeselect={false}
          searchable
          nothingFoundMessage="No template by that name"
          disabled={templatesLoading}
        />
      </SimpleGrid>
      {conversation && (
        <Group gap={6} mt={-8}>
          <Text size="sm" c="dimmed">
            For the{" "}
            <Anchor component={Link} to={`/conversations/${conversation.id}`} inherit>
              conversation with {conversation.contactName}
            </Anchor>
          </Text>
          <StageBadge stage={conversation.stage} />
        </Group>
      )}
    </>
  );
}
