import { Button, Group, Paper, Text, ThemeIcon } from "@mantine/core";
import { IconArrowBack, IconFileText } from "@tabler/icons-react";
import type { ImportSource } from "../../lib/import-sources.js";

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The file(s) being imported, from which source, and the way back to choose others. */
export function ChosenFiles({
  source,
  files,
  onChooseAnother,
  disabled,
  done,
}: {
  source: ImportSource;
  files: readonly File[];
  onChooseAnother: () => void;
  disabled: boolean;
  /** Once imported, the way back is to import another file. */
  done: boolean;
}) {
  return (
    <Paper withBorder radius="lg" px="md" py="sm">
      <Group justify="space-between" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <ThemeIcon variant="light" size={36} radius="md" aria-hidden>
            <IconFileText size={20} stroke={1.7} />
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Text fw={600} fz="sm" style={{ overflowWrap: "anywhere" }}>
              {files.map((file) => file.name).join(", ")}
            </Text>
            <Text fz="xs" c="dimmed">
              {source.label} · {size(files.reduce((sum, file) => sum + file.size, 0))}
            </Text>
          </div>
        </Group>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconArrowBack size={16} />}
          onClick={onChooseAnother}
          disabled={disabled}
        >
          {done ? "Import another file" : "Choose another file"}
        </Button>
      </Group>
    </Paper>
  );
}
