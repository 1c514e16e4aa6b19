import { Button, Group, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowRight, IconCircleCheck } from "@tabler/icons-react";
import { Link } from "react-router";
import { useFocusOnMount } from "../../hooks/use-focus-on-mount.js";
import { restoredParts } from "../../lib/import-summary.js";

/** The backup is back: what came back, and the way to the contacts. */
export function RestoreDone({ restored }: { restored: Record<string, number> }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Paper
      radius="lg"
      p="lg"
      bg="var(--mantine-color-green-light)"
      withBorder
      style={{ borderColor: "var(--mantine-color-default-border)" }}
    >
      <Group justify="space-between" gap="md">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon color="green" size={44} radius="xl" aria-hidden>
            <IconCircleCheck size={26} />
          </ThemeIcon>
          <div>
            <Title order={3} fz={22} ref={headingRef} tabIndex={-1} style={{ outline: "none" }}>
              Backup restored
            </Title>
            <Text size="sm" c="var(--cc-color-text-soft)" mt={2}>
              {restoredParts(restored).join(", ") || "The backup was empty."}
            </Text>
          </div>
        </Group>
        <Button component={Link} to="/contacts" rightSection={<IconArrowRight size={16} />}>
          Open your contacts
        </Button>
      </Group>
    </Paper>
  );
}
