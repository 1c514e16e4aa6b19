import { Button, EmptyState, Group } from "@mantine/core";
import { IconFileImport, IconFilterOff, IconUserPlus, IconUsers } from "@tabler/icons-react";
import { Link } from "react-router";

/** Nothing to list: because nothing matches the filters, or because there is nobody here yet. */
export function ContactsEmpty({
  hasFilters,
  archivedView,
  hasArchived,
  onClearFilters,
  onShowArchived,
}: {
  hasFilters: boolean;
  archivedView: boolean;
  hasArchived: boolean;
  onClearFilters: () => void;
  onShowArchived: () => void;
}) {
  if (hasFilters) {
    return (
      <EmptyState
        py={56}
        icon={<IconFilterOff size={28} stroke={1.5} />}
        withIndicatorBackground
        title="No contacts match"
        description="Try other words, or clear the filters to see everyone."
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={onClearFilters}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (archivedView) {
    return (
      <EmptyState
        py={56}
        icon={<IconUsers size={28} stroke={1.5} />}
        withIndicatorBackground
        title="Nobody is archived"
        description="Contacts you archive are kept here, out of the way but never lost."
      />
    );
  }
  return (
    <EmptyState
      py={56}
      icon={<IconUsers size={28} stroke={1.5} />}
      variant="light"
      title={hasArchived ? "No active contacts" : "No contacts yet"}
      description={
        hasArchived
          ? "Everyone you added is archived. Restore someone, or add a new contact."
          : "Add the people you would like to learn from: a former classmate, a speaker you heard, a colleague in another team."
      }
    >
      <EmptyState.Actions>
        <Group gap="sm" justify="center">
          <Button component={Link} to="/contacts/new" leftSection={<IconUserPlus size={18} />}>
            Add a contact
          </Button>
          {hasArchived ? (
            <Button variant="default" onClick={onShowArchived}>
              Show archived
            </Button>
          ) : (
            <Button
              component={Link}
              to="/import"
              variant="default"
              leftSection={<IconFileImport size={18} />}
            >
              Import from LinkedIn, Google or your phone
            </Button>
          )}
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
