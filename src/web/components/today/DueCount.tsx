import { Badge, VisuallyHidden } from "@mantine/core";
import { useAgenda } from "../../hooks/agenda.js";
import { countLabel } from "../../lib/format.js";

/** How many agenda items are due or overdue, beside "Today" in the navigation. */
export function DueCount() {
  const agenda = useAgenda();
  if (!agenda.data) return null;
  const due = agenda.data.sections
    .filter((section) => section.id !== "upcoming")
    .reduce((sum, section) => sum + section.items.length, 0);
  if (due === 0) return null;
  const overdue = agenda.data.sections.some(
    (section) => section.id === "overdue" && section.items.length > 0,
  );
  return (
    <Badge size="sm" variant={overdue ? "filled" : "light"} color={overdue ? "red" : "coffee"} circle>
      <span aria-hidden>{due}</span>
      <VisuallyHidden>{countLabel(due, "thing")} due</VisuallyHidden>
    </Badge>
  );
}
