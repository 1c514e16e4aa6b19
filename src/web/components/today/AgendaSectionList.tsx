import { Badge, Group, Stack, Title } from "@mantine/core";
import { useId } from "react";
import type { AgendaItem, AgendaSection } from "../../api/types.js";
import type { SnoozeChoice } from "../../hooks/use-agenda-actions.js";
import type { AgendaActionId } from "../../lib/agenda-actions.js";
import { AgendaItemCard } from "./AgendaItemCard.js";

/** A section of the agenda (Overdue, Today, Coming up) with its items. */
export function AgendaSectionList({
  section,
  now,
  timeZone,
  onAction,
  onSnooze,
}: {
  section: AgendaSection;
  now: Date;
  timeZone: string;
  onAction: (item: AgendaItem, action: AgendaActionId) => Promise<void>;
  onSnooze: (item: AgendaItem, choice: SnoozeChoice) => Promise<void>;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs" mb="sm">
        <Title
          order={2}
          id={headingId}
          fz="sm"
          tt="uppercase"
          c={section.id === "overdue" ? "var(--cc-text-danger)" : "dimmed"}
          style={{ letterSpacing: "0.06em" }}
        >
          {section.title}
        </Title>
        <Badge
          size="sm"
          circle
          variant={section.id === "overdue" ? "filled" : "light"}
          color={section.id === "overdue" ? "red" : "gray"}
          aria-label={`${section.items.length} items`}
        >
          {section.items.length}
        </Badge>
      </Group>
      <Stack gap="sm">
        {section.items.map((item) => (
          <AgendaItemCard
            key={item.key}
            item={item}
            now={now}
            timeZone={timeZone}
            onAction={onAction}
            onSnooze={onSnooze}
            quiet={section.id === "upcoming"}
          />
        ))}
      </Stack>
    </section>
  );
}
