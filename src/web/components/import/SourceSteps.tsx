import { List, Paper, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import type { ImportSource } from "../../lib/import-sources.js";

const TITLES: Record<ImportSource["format"], string> = {
  linkedin: "Get your LinkedIn export",
  google: "Export from Google Contacts",
  outlook: "Export from Outlook",
  vcard: "Export a vCard file",
  json: "Restore a backup",
};

/** How to get the file for a source, step by step, in our own words. */
export function SourceSteps({ source }: { source: ImportSource }) {
  return (
    <Paper
      radius="lg"
      p="lg"
      bg="var(--mantine-color-coffee-light)"
      h="100%"
      component="section"
      aria-labelledby="source-steps"
    >
      <Title order={3} fz="md" mb="sm" id="source-steps">
        {TITLES[source.format]}
      </Title>
      <List type="ordered" spacing={8} size="sm" c="var(--cc-color-text-soft)" lh={1.5}>
        {source.steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="md" lh={1.5} style={{ display: "flex", gap: 6 }}>
        <IconInfoCircle size={16} style={{ flexShrink: 0 }} aria-hidden />
        <span>{source.note}</span>
      </Text>
    </Paper>
  );
}
