import { Alert, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconDatabaseImport } from "@tabler/icons-react";
import { useContactCount } from "../../hooks/contacts.js";
import { useFocusOnMount } from "../../hooks/use-focus-on-mount.js";
import { countLabel } from "../../lib/format.js";
import { restoredParts } from "../../lib/import-summary.js";

/** What a backup holds, and whether it can be restored here (only into an empty coffeechat). */
export function RestorePreview({
  restored,
  onApply,
}: {
  restored: Record<string, number>;
  onApply: () => void;
}) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const count = useContactCount();
  const parts = restoredParts(restored);
  const occupied = (count.data ?? 0) > 0;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={3} fz={22} ref={headingRef} tabIndex={-1} style={{ outline: "none" }}>
            {parts.length > 0 ? "This backup holds" : "This backup is empty"}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Your name, time zone and settings come back with it. Nothing is written until you restore.
          </Text>
        </div>
        <Button
          size="md"
          leftSection={<IconDatabaseImport size={18} />}
          onClick={onApply}
          disabled={occupied || count.isPending || parts.length === 0}
        >
          Restore the backup
        </Button>
      </Group>
      {parts.length > 0 && (
        <Paper withBorder radius="lg" p="lg">
          <List spacing={6} size="sm" aria-label="In the backup">
            {parts.map((part) => (
              <List.Item key={part}>{part}</List.Item>
            ))}
          </List>
        </Paper>
      )}
      {occupied && (
        <Alert color="orange" variant="light" radius="lg" icon={<IconAlertTriangle size={20} />}>
          <Text size="sm">
            A backup only restores into an empty coffeechat, so that nothing you have is mixed up or
            overwritten. This one already has {countLabel(count.data ?? 0, "contact")}: start coffeechat with
            a new data folder and restore there.
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
