import { SimpleGrid, Stack, Text } from "@mantine/core";
import { useSearchParams } from "react-router";
import type { ImportFormat } from "../../core/file-formats.js";
import { CalendarFeedCard } from "../components/export/CalendarFeedCard.js";
import { ExportCard } from "../components/export/ExportCard.js";
import { ImportSection } from "../components/import/ImportSection.js";
import { Page, PageHeader } from "../components/Page.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { importSource } from "../lib/import-sources.js";

/** `/import`: bring people in (LinkedIn, Google, a phone, a backup), take everything out, feed a calendar. */
export function ImportPage() {
  usePageTitle("Import & export");
  const [params, setParams] = useSearchParams();
  const format = importSource(params.get("from")).format;

  function onFormatChange(next: ImportFormat) {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set("from", next);
        return updated;
      },
      { replace: true },
    );
  }

  return (
    <Page size="lg">
      <PageHeader
        title="Import & export"
        below={
          <Text c="dimmed">
            Bring in the people you already know, and take everything with you whenever you like.
          </Text>
        }
      />
      <Stack gap="xl">
        <ImportSection format={format} onFormatChange={onFormatChange} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ExportCard />
          <CalendarFeedCard />
        </SimpleGrid>
      </Stack>
    </Page>
  );
}
