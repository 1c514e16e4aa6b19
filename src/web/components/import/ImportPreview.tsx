import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCircleCheck, IconDownload } from "@tabler/icons-react";
import type { ImportPeople } from "../../api/types.js";
import { useFocusOnMount } from "../../hooks/use-focus-on-mount.js";
import { applyLabel, canApply, isNothingNew, people, previewHeadline } from "../../lib/import-summary.js";
import { DroppedList } from "./DroppedList.js";
import { ImportItemsTable, type SameAsChoice } from "./ImportItemsTable.js";
import { ImportStats } from "./ImportStats.js";
import { KeptNotes } from "./KeptNotes.js";

/** What the file would do, before anything is written, and the button that does it. */
export function ImportPreview({
  summary,
  files,
  onApply,
  sameAs,
  refreshing,
}: {
  summary: ImportPeople;
  files: readonly File[];
  onApply: () => void;
  /** Which possible duplicates the user says are the same person; a change reads the preview again. */
  sameAs: SameAsChoice;
  /** The preview is being read again after such a choice. */
  refreshing: boolean;
}) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const nothingNew = isNothingNew(summary);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {nothingNew && (
            <ThemeIcon color="green" variant="light" size={40} radius="xl" aria-hidden>
              <IconCircleCheck size={24} />
            </ThemeIcon>
          )}
          <div>
            <Title order={3} fz={22} ref={headingRef} tabIndex={-1} style={{ outline: "none" }}>
              {previewHeadline(summary)}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {nothingNew
                ? `All ${people(summary.items.length)} in it ${summary.items.length === 1 ? "is" : "are"} already in your contacts, with nothing to add.`
                : "This is a preview: nothing is written until you import."}
            </Text>
            <Text size="sm" c="dimmed" aria-live="polite">
              {refreshing ? "Updating the preview with your choice…" : ""}
            </Text>
          </div>
        </Group>
        {canApply(summary, files) && (
          <Button size="md" leftSection={<IconDownload size={18} />} onClick={onApply} loading={refreshing}>
            {applyLabel(summary, files)}
          </Button>
        )}
      </Group>
      <ImportStats counts={summary.counts} done={false} />
      <KeptNotes items={summary.items} />
      <DroppedList dropped={summary.dropped} />
      {summary.items.length > 0 && (
        <Paper withBorder radius="lg" p="md">
          <Title order={4} fz="sm" c="dimmed" tt="uppercase" mb="sm" style={{ letterSpacing: "0.06em" }}>
            Line by line
          </Title>
          <ImportItemsTable summary={summary} openInNewTab sameAs={sameAs} />
        </Paper>
      )}
    </Stack>
  );
}
