import { Group, Radio, SimpleGrid, Stack, Text, ThemeIcon } from "@mantine/core";
import {
  IconBrandGoogle,
  IconBrandLinkedin,
  IconBrandWindows,
  IconDatabaseImport,
  IconDeviceMobile,
} from "@tabler/icons-react";
import type { ImportFormat } from "../../../core/file-formats.js";
import { IMPORT_SOURCES } from "../../lib/import-sources.js";

const ICONS = {
  linkedin: IconBrandLinkedin,
  google: IconBrandGoogle,
  outlook: IconBrandWindows,
  vcard: IconDeviceMobile,
  json: IconDatabaseImport,
} satisfies Record<ImportFormat, unknown>;

/** Where the people come from: one card per source, a radio group (arrow keys move between them). */
export function SourcePicker({
  value,
  onChange,
}: {
  value: ImportFormat;
  onChange: (format: ImportFormat) => void;
}) {
  return (
    <Radio.Group
      value={value}
      onChange={(next) => onChange(next as ImportFormat)}
      label="Where are the people now?"
      labelProps={{ fz: "sm", fw: 600, mb: "xs" }}
      name="import-source"
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        {IMPORT_SOURCES.map((source) => {
          const Icon = ICONS[source.format];
          const checked = source.format === value;
          return (
            <Radio.Card
              key={source.format}
              value={source.format}
              radius="lg"
              p="md"
              tabIndex={checked ? 0 : -1}
              style={{ display: "flex", flexDirection: "column", justifyContent: "flex-start" }}
            >
              <Stack gap={8}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <ThemeIcon variant={checked ? "filled" : "light"} size={36} radius="md" aria-hidden>
                    <Icon size={20} stroke={1.7} />
                  </ThemeIcon>
                  <Radio.Indicator size="sm" />
                </Group>
                <Text fw={600} fz="sm">
                  {source.label}
                </Text>
                <Text fz="xs" c="dimmed" lh={1.45}>
                  {source.description}
                </Text>
              </Stack>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
