import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowRight, IconCircleCheck } from "@tabler/icons-react";
import { Link } from "react-router";
import type { ImportPeople } from "../../api/types.js";
import { useFocusOnMount } from "../../hooks/use-focus-on-mount.js";
import { countLabel } from "../../lib/format.js";
import { resultHeadline } from "../../lib/import-summary.js";
import { DroppedList } from "./DroppedList.js";
import { ImportItemsTable } from "./ImportItemsTable.js";
import { ImportStats } from "./ImportStats.js";
import { KeptNotes } from "./KeptNotes.js";

function touchesLine({ added, alreadyThere, unmatched }: ImportPeople["interactions"]): string | null {
  if (added + alreadyThere + unmatched === 0) return null;
  const parts = [
    `${countLabel(added, "message or invitation", "messages and invitations")} added to timelines`,
    alreadyThere > 0 ? `${alreadyThere.toLocaleString("en-US")} already there` : "",
    unmatched > 0 ? `${unmatched.toLocaleString("en-US")} with people not in your contacts, left out` : "",
  ].filter(Boolean);
  return `${parts.join("; ")}.`;
}

/** The import is written: what it did, and the way to the contacts. */
export function ImportDone({ summary }: { summary: ImportPeople }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const touches = touchesLine(summary.interactions);
  return (
    <Stack gap="lg">
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
                {resultHeadline(summary)}
              </Title>
              <Text size="sm" c="var(--cc-color-text-soft)" mt={2}>
                {touches ?? "Imported. Every contact remembers where it came from."}
              </Text>
            </div>
          </Group>
          <Button component={Link} to="/contacts" rightSection={<IconArrowRight size={16} />}>
            Open your contacts
          </Button>
        </Group>
      </Paper>
      <ImportStats counts={summary.counts} done />
      <KeptNotes items={summary.items} />
      <DroppedList dropped={summary.dropped} />
      {summary.items.length > 0 && (
        <Paper withBorder radius="lg" p="md">
          <Title order={4} fz="sm" c="dimmed" tt="uppercase" mb="sm" style={{ letterSpacing: "0.06em" }}>
            Line by line
          </Title>
          <ImportItemsTable summary={summary} openInNewTab={false} />
        </Paper>
      )}
    </Stack>
  );
}
