import { Button, Group, Text, ThemeIcon } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** One kind of export: what it is for, and a real download link. */
export function ExportRow({
  icon: Icon,
  title,
  description,
  href,
  fileType,
  extra,
}: {
  icon: typeof IconDownload;
  title: string;
  description: string;
  href: string;
  fileType: string;
  extra?: ReactNode;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" py="sm" className="export-row">
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
        <ThemeIcon variant="light" size={36} radius="md" aria-hidden>
          <Icon size={19} stroke={1.7} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text fw={600} fz="sm">
            {title}
          </Text>
          <Text fz="xs" c="dimmed" lh={1.5}>
            {description}
          </Text>
          {extra}
        </div>
      </Group>
      <Button
        component="a"
        href={href}
        download
        aria-label={`Download the ${title.toLowerCase()} as ${fileType}`}
        variant="light"
        size="sm"
        leftSection={<IconDownload size={16} />}
        miw={124}
        style={{ flexShrink: 0 }}
      >
        {fileType}
      </Button>
    </Group>
  );
}
