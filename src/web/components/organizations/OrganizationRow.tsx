import { Badge, Box, Group, Text, ThemeIcon } from "@mantine/core";
import { IconBuilding } from "@tabler/icons-react";
import { Link } from "react-router";
import type { Organization } from "../../api/types.js";
import { countLabel } from "../../lib/format.js";

/** One organisation in a list: a link to its page. */
export function OrganizationRow({ organization }: { organization: Organization }) {
  const about = [organization.industry, organization.location].filter(Boolean).join(" · ");
  return (
    <li>
      <Link to={`/organizations/${organization.id}`} className="contact-row" style={{ height: 64 }}>
        <ThemeIcon variant="light" color="gray" size={38} radius="md" aria-hidden>
          <IconBuilding size={20} stroke={1.6} />
        </ThemeIcon>
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Group gap={8} wrap="nowrap">
            <Text fw={600} truncate="end">
              {organization.name}
            </Text>
            {organization.archived && (
              <Badge size="xs" variant="outline" color="gray">
                Archived
              </Badge>
            )}
          </Group>
          {(about || organization.website) && (
            <Text size="sm" c="dimmed" truncate="end">
              {about || organization.website}
            </Text>
          )}
        </Box>
        <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
          {countLabel(organization.contactCount, "contact")}
        </Text>
      </Link>
    </li>
  );
}
