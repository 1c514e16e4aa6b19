import { Paper, SimpleGrid, Text, ThemeIcon } from "@mantine/core";
import { IconCopy, IconEqual, IconPencilPlus, IconUserPlus } from "@tabler/icons-react";
import type { ImportAction, ImportPeople } from "../../api/types.js";
import { ACTION_COLORS } from "../../lib/import-summary.js";

interface Card {
  action: ImportAction;
  label: string;
  /** Before the import, and after it. */
  hint: [string, string];
  icon: typeof IconUserPlus;
}

const CARDS: Card[] = [
  {
    action: "new",
    label: "New",
    hint: ["not in your contacts yet", "added to your contacts"],
    icon: IconUserPlus,
  },
  {
    action: "update",
    label: "Updated",
    hint: ["get details you had left empty", "got details that were empty"],
    icon: IconPencilPlus,
  },
  {
    action: "unchanged",
    label: "Unchanged",
    hint: ["already here, nothing to add", "already here"],
    icon: IconEqual,
  },
  {
    action: "duplicate",
    label: "Possible duplicates",
    hint: ["same name as someone here", "added; compare them"],
    icon: IconCopy,
  },
];

/** The four counts of an import, as cards; a zero is shown quietly. */
export function ImportStats({ counts, done }: { counts: ImportPeople["counts"]; done: boolean }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {CARDS.map((card) => {
        const count = counts[card.action];
        return (
          <Paper
            key={card.action}
            withBorder
            radius="lg"
            p="md"
            role="group"
            aria-label={`${card.label}: ${count}`}
            data-testid={`import-count-${card.action}`}
          >
            <ThemeIcon
              variant="light"
              color={count > 0 ? ACTION_COLORS[card.action] : "gray"}
              size={30}
              radius="md"
              mb="sm"
              aria-hidden
            >
              <card.icon size={17} stroke={1.8} />
            </ThemeIcon>
            <Text fz={30} fw={700} lh={1} c={count > 0 ? undefined : "dimmed"} aria-hidden>
              {count.toLocaleString("en-US")}
            </Text>
            <Text fz="sm" fw={600} mt={6} aria-hidden>
              {card.label}
            </Text>
            <Text fz="xs" c="dimmed" aria-hidden>
              {card.hint[done ? 1 : 0]}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
