import { Anchor, Box, Group, Text } from "@mantine/core";
import { useMemo } from "react";
import { Link } from "react-router";
import { useContactsInfinite } from "../../hooks/contacts.js";
import { ContactListSkeleton } from "../contacts/ContactListSkeleton.js";
import { ContactRow } from "../contacts/ContactRow.js";
import { ErrorState } from "../ErrorState.js";
import { InfoCard } from "../InfoCard.js";

const SHOWN = 10;

/** The people I know at an organisation. */
export function OrganizationContacts({ organizationId }: { organizationId: string }) {
  const query = useContactsInfinite({ organizationId, archived: "false", sort: "name" }, SHOWN);
  const contacts = useMemo(() => query.data?.pages[0]?.items ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;
  const seeAll = `/contacts?org=${encodeURIComponent(organizationId)}`;

  return (
    <InfoCard
      title={query.data ? `People (${total})` : "People"}
      action={
        total > 0 ? (
          <Anchor component={Link} to={seeAll} size="sm" tt="none" fw={500} style={{ letterSpacing: 0 }}>
            Open in contacts
          </Anchor>
        ) : undefined
      }
    >
      {query.isError ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Could not load the people here"
        />
      ) : query.isPending ? (
        <ContactListSkeleton rows={3} />
      ) : contacts.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          Nobody here yet. Give a contact this organisation and they will show up here.
        </Text>
      ) : (
        <Box mx="-lg" mb="-lg" style={{ borderTop: "1px solid var(--cc-color-line)" }}>
          <ul aria-label="People at this organisation" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {contacts.map((contact, index) => (
              <ContactRow
                key={contact.id}
                contact={contact}
                index={index}
                total={total}
                highlight={[]}
                showOrganization={false}
              />
            ))}
          </ul>
          {total > contacts.length && (
            <Group justify="center" py="sm">
              <Anchor component={Link} to={seeAll} size="sm">
                See all {total} in contacts
              </Anchor>
            </Group>
          )}
        </Box>
      )}
    </InfoCard>
  );
}
