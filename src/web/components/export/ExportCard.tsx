import { Anchor, Paper, Text, Title } from "@mantine/core";
import { IconAddressBook, IconDatabase, IconFileSpreadsheet, IconMarkdown } from "@tabler/icons-react";
import { exportUrl } from "../../api/urls.js";
import { ExportRow } from "./ExportRow.js";

/** Take everything along: address book, spreadsheet, notes, or a full backup; each a download. */
export function ExportCard() {
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: "md", sm: "xl" }}
      component="section"
      aria-labelledby="export-heading"
    >
      <Title order={2} fz="xl" id="export-heading">
        Export
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="sm">
        Your data is yours: download it whenever you like, as often as you like.
      </Text>
      <ExportRow
        icon={IconAddressBook}
        title="Address book"
        description="A vCard file for phones, Apple Contacts, Google Contacts and Outlook."
        href={exportUrl("vcard")}
        fileType="vCard 4.0"
        extra={
          <Anchor href={exportUrl("vcard", { vcardVersion: "3.0" })} download fz="xs">
            vCard 3.0, for older apps
          </Anchor>
        }
      />
      <ExportRow
        icon={IconFileSpreadsheet}
        title="Spreadsheet"
        description="A CSV file: every contact, archived ones too, one per row."
        href={exportUrl("csv")}
        fileType="CSV"
      />
      <ExportRow
        icon={IconMarkdown}
        title="Notes"
        description="Your people and conversations with all their notes, as one readable Markdown document."
        href={exportUrl("markdown")}
        fileType="Markdown"
      />
      <ExportRow
        icon={IconDatabase}
        title="Backup"
        description="Everything, as one JSON file to keep safe or to move. To restore it, import it above as a coffeechat backup, into an empty coffeechat."
        href={exportUrl("json")}
        fileType="JSON"
      />
    </Paper>
  );
}
