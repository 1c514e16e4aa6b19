import { ActionIcon, Anchor, DataList, Group, Text, Tooltip } from "@mantine/core";
import { IconCalendarPlus, IconExternalLink, IconPencil } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { DEFAULT_DURATION_MINUTES, FORMAT_LABELS } from "../../../core/conversation.js";
import type { Conversation } from "../../api/types.js";
import { conversationCalendarUrl } from "../../api/urls.js";
import { useContact } from "../../hooks/contacts.js";
import { placeUrl } from "../../lib/conversation-form.js";
import { browserZone, longDateTime, timeOfDay } from "../../lib/datetime.js";
import { InfoCard } from "../InfoCard.js";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ minWidth: 0, overflowWrap: "anywhere" }}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function Missing({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" fs="italic" span>
      {children}
    </Text>
  );
}

/** When, how long, how and where; the time also in the contact's zone when it differs from mine. */
export function ConversationDetails({
  conversation,
  onEdit,
}: {
  conversation: Conversation;
  onEdit: () => void;
}) {
  const contact = useContact(conversation.contactId);
  const theirZone = contact.data?.timeZone ?? null;
  const url = placeUrl(conversation.place);
  const differentZone =
    theirZone !== null &&
    conversation.scheduledAt !== null &&
    timeOfDay(conversation.scheduledAt, theirZone) !== timeOfDay(conversation.scheduledAt, browserZone());

  return (
    <InfoCard
      title="Details"
      action={
        <Tooltip label="Edit details (E)" withArrow openDelay={300}>
          <ActionIcon variant="subtle" color="gray" size="sm" onClick={onEdit} aria-label="Edit details">
            <IconPencil size={15} />
          </ActionIcon>
        </Tooltip>
      }
    >
      <DataList labelWidth={90} gap="sm">
        <Item label="When">
          {conversation.scheduledAt ? (
            <>
              <Text size="sm">{longDateTime(conversation.scheduledAt)}</Text>
              {differentZone && theirZone && (
                <Text size="sm" c="dimmed">
                  {timeOfDay(conversation.scheduledAt, theirZone)} for them ({theirZone.replace(/_/g, " ")})
                </Text>
              )}
              <Anchor
                href={conversationCalendarUrl(conversation.id)}
                download
                size="sm"
                mt={4}
                display="block"
              >
                <Group gap={4} component="span" wrap="nowrap" display="inline-flex">
                  <IconCalendarPlus size={15} aria-hidden />
                  Add to calendar (.ics)
                </Group>
              </Anchor>
            </>
          ) : (
            <Missing>Not scheduled yet</Missing>
          )}
        </Item>
        <Item label="Length">
          {conversation.durationMinutes ?? DEFAULT_DURATION_MINUTES} minutes
          {conversation.durationMinutes === null && <Missing> (the usual)</Missing>}
        </Item>
        <Item label="Format">
          {conversation.format ? FORMAT_LABELS[conversation.format] : <Missing>Not decided</Missing>}
        </Item>
        <Item label={url ? "Link" : "Place"}>
          {url ? (
            <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm">
              <Group gap={4} component="span" wrap="nowrap" display="inline-flex">
                {conversation.place}
                <IconExternalLink size={14} aria-label="(opens in a new tab)" />
              </Group>
            </Anchor>
          ) : conversation.place ? (
            <Text size="sm">{conversation.place}</Text>
          ) : (
            <Missing>Not set</Missing>
          )}
        </Item>
      </DataList>
    </InfoCard>
  );
}
