import { Alert, Button, Group, Text } from "@mantine/core";
import { IconArchive, IconArchiveOff } from "@tabler/icons-react";
import { formatDate } from "../../lib/format.js";

/** Says loudly that a record is archived, with the way back. */
export function ArchivedBanner({
  what,
  archivedAt,
  onRestore,
  restoring,
}: {
  what: string;
  archivedAt: string | null;
  onRestore: () => void;
  restoring: boolean;
}) {
  return (
    <Alert color="yellow" variant="light" icon={<IconArchive size={20} />} mb="lg" radius="lg">
      <Group justify="space-between" gap="md" wrap="nowrap">
        <Text size="sm">
          <strong>This {what} is archived</strong>
          {archivedAt ? ` since ${formatDate(archivedAt)}` : ""}. It is hidden from lists and reminders until
          you restore it.
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconArchiveOff size={14} />}
          onClick={onRestore}
          loading={restoring}
        >
          Restore
        </Button>
      </Group>
    </Alert>
  );
}
