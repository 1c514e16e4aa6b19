import { Badge, Box, Group, Highlight, Text } from "@mantine/core";
import type { CSSProperties } from "react";
import { Link } from "react-router";
import type { Contact } from "../../api/types.js";
import { roleLine } from "../../lib/format.js";
import { ContactAvatar } from "./ContactAvatar.js";
import { TagBadges } from "./TagBadges.js";

export const CONTACT_ROW_HEIGHT = 68;

/** One contact in the list: a link to its page. */
export function ContactRow({
  contact,
  index,
  total,
  highlight,
  style,
  showOrganization = true,
}: {
  contact: Contact;
  index: number;
  total: number;
  highlight: string[];
  style?: CSSProperties;
  /** Off where the organisation is already known, e.g. on its own page. */
  showOrganization?: boolean;
}) {
  const role = roleLine(contact.title, showOrganization ? contact.organization : null);
  return (
    <li aria-posinset={index + 1} aria-setsize={total} style={style}>
      <Link
        to={`/contacts/${contact.id}`}
        className="contact-row"
        data-index={index}
        style={{ height: CONTACT_ROW_HEIGHT }}
      >
        <ContactAvatar contact={contact} />
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Group gap={8} wrap="nowrap">
            <Highlight highlight={highlight} fw={600} truncate="end" component="span" color="coffee.2">
              {contact.fullName}
            </Highlight>
            {contact.archived && (
              <Badge size="xs" variant="outline" color="gray">
                Archived
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" truncate="end">
            {role || contact.emails[0] || "\u00a0"}
          </Text>
        </Box>
        <Box visibleFrom="md">
          <TagBadges tags={contact.tags} />
        </Box>
      </Link>
    </li>
  );
}
