import { Alert, Button, List, Text } from "@mantine/core";
import { IconShieldCheck } from "@tabler/icons-react";
import { useState } from "react";
import type { ImportItem } from "../../api/types.js";
import { countLabel } from "../../lib/format.js";
import { keptNotes } from "../../lib/import-summary.js";

const FIRST = 5;

/** Where the file differs from what the user wrote: theirs stays, and we say so. */
export function KeptNotes({ items }: { items: readonly ImportItem[] }) {
  const [all, setAll] = useState(false);
  const notes = keptNotes(items);
  if (notes.length === 0) return null;
  const shown = all ? notes : notes.slice(0, FIRST);
  return (
    <Alert
      color="coffee"
      variant="light"
      radius="lg"
      icon={<IconShieldCheck size={20} />}
      title="What you wrote stays as you wrote it"
    >
      <Text size="sm" mb="xs">
        Where the file says something else, coffeechat keeps your version and only fills in what was empty.
      </Text>
      <List size="sm" spacing={4}>
        {shown.map((note) => (
          <List.Item key={`${note.line}-${note.text}`}>
            <Text span fw={500} size="sm">
              {note.name || "(no name)"}
            </Text>{" "}
            <Text span c="dimmed" size="sm">
              (line {note.line})
            </Text>
            : {note.text}
          </List.Item>
        ))}
      </List>
      {notes.length > FIRST && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll(!all)}>
          {all ? "Show fewer" : `Show all ${countLabel(notes.length, "note")}`}
        </Button>
      )}
    </Alert>
  );
}
