import { Anchor, Badge, DataList, Grid, Group, Stack, Text } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { SOURCE_LABELS } from "../../../core/contact-fields.js";
import { cadenceInForce } from "../../../core/stay-in-touch.js";
import type { Contact } from "../../api/types.js";
import { useContact } from "../../hooks/contacts.js";
import { formatDate, formatDateTime, localTimeIn } from "../../lib/format.js";
import { relationshipMeaning, relationshipShortLabel } from "../../lib/relationship.js";
import { InfoCard } from "../InfoCard.js";
import { MessageLog } from "../outreach/MessageLog.js";
import { ContactConversations } from "./ContactConversations.js";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ minWidth: 0, overflowWrap: "anywhere" }}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function StayInTouch({ contact }: { contact: Contact }) {
  const cadence = cadenceInForce(contact.relationshipStrength, contact.stayInTouchDays);
  return cadence.from === "none" ? <Empty>{cadence.text}</Empty> : cadence.text;
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {children}
    </Text>
  );
}

function IntroducedBy({ id }: { id: string }) {
  const introducer = useContact(id);
  if (!introducer.data) return <Text size="sm">…</Text>;
  return (
    <Anchor component={Link} to={`/contacts/${id}`}>
      {introducer.data.fullName}
    </Anchor>
  );
}

/** Everything known about a contact, grouped the way one looks for it; `children` join the main column. */
export function ContactDetails({ contact, children }: { contact: Contact; children?: ReactNode }) {
  const reachable =
    contact.emails.length > 0 ||
    contact.phones.length > 0 ||
    contact.linkedinUrl ||
    contact.location ||
    contact.timeZone;
  const localTime = contact.timeZone ? localTimeIn(contact.timeZone) : null;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <InfoCard title="Contact">
            {reachable ? (
              <DataList labelWidth={110} gap="sm">
                {contact.emails.length > 0 && (
                  <Item label={contact.emails.length > 1 ? "E-mails" : "E-mail"}>
                    <Stack gap={2}>
                      {contact.emails.map((email) => (
                        <Anchor key={email} href={`mailto:${email}`}>
                          {email}
                        </Anchor>
                      ))}
                    </Stack>
                  </Item>
                )}
                {contact.phones.length > 0 && (
                  <Item label={contact.phones.length > 1 ? "Phones" : "Phone"}>
                    <Stack gap={2}>
                      {contact.phones.map((phone) => (
                        <Anchor key={phone} href={`tel:${phone.replace(/[^+\d]/g, "")}`}>
                          {phone}
                        </Anchor>
                      ))}
                    </Stack>
                  </Item>
                )}
                {contact.linkedinUrl && (
                  <Item label="LinkedIn">
                    <Anchor href={contact.linkedinUrl} target="_blank" rel="noopener noreferrer">
                      <Group gap={4} component="span" wrap="nowrap" display="inline-flex">
                        {contact.linkedinUrl.replace(/^https?:\/\/(www\.)?/, "")}
                        <IconExternalLink size={14} aria-label="(opens in a new tab)" />
                      </Group>
                    </Anchor>
                  </Item>
                )}
                {contact.location && <Item label="Location">{contact.location}</Item>}
                {contact.timeZone && (
                  <Item label="Time zone">
                    {contact.timeZone}
                    {localTime && (
                      <Text span c="dimmed" size="sm">
                        {" "}
                        · {localTime} there now
                      </Text>
                    )}
                  </Item>
                )}
              </DataList>
            ) : (
              <Empty>No e-mail, phone or profile yet.</Empty>
            )}
          </InfoCard>
          <InfoCard title="Notes">
            {contact.notes.trim() ? (
              <Text className="pre-wrap">{contact.notes}</Text>
            ) : (
              <Empty>No notes yet.</Empty>
            )}
          </InfoCard>
          {children}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          <ContactConversations contactId={contact.id} firstName={contact.firstName} />
          <MessageLog contactId={contact.id} firstName={contact.firstName} />
          <InfoCard title="Connection">
            <DataList labelWidth={120} gap="sm">
              <Item label="Relationship">
                {relationshipShortLabel(contact.relationshipStrength)}
                <Text span c="dimmed" size="sm">
                  {" "}
                  · {relationshipMeaning(contact.relationshipStrength)}
                </Text>
              </Item>
              <Item label="Source">
                {contact.source ? SOURCE_LABELS[contact.source] : <Empty>Not set</Empty>}
              </Item>
              {contact.sourceDetail && <Item label="How we met">{contact.sourceDetail}</Item>}
              {contact.introducedById && (
                <Item label="Introduced by">
                  <IntroducedBy id={contact.introducedById} />
                </Item>
              )}
              <Item label="Stay in touch">
                <StayInTouch contact={contact} />
              </Item>
              {contact.lastTouchAt && <Item label="Last touch">{formatDate(contact.lastTouchAt)}</Item>}
              {contact.nextTouchAt && <Item label="Next touch">{formatDate(contact.nextTouchAt)}</Item>}
            </DataList>
          </InfoCard>
          <InfoCard title="Tags">
            {contact.tags.length > 0 ? (
              <Group gap={6}>
                {contact.tags.map((tag) => (
                  <Badge
                    key={tag}
                    component={Link}
                    to={`/contacts?tag=${encodeURIComponent(tag)}`}
                    variant="light"
                    color="gray"
                    radius="sm"
                    tt="none"
                    fw={500}
                    style={{ cursor: "pointer" }}
                    aria-label={`Contacts tagged ${tag}`}
                  >
                    {tag}
                  </Badge>
                ))}
              </Group>
            ) : (
              <Empty>No tags.</Empty>
            )}
          </InfoCard>
          <Text size="xs" c="dimmed" px="xs">
            Added {formatDateTime(contact.createdAt)}
            <br />
            Last changed {formatDateTime(contact.updatedAt)}
          </Text>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
