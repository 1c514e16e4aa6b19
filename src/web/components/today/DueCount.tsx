import { Badge, VisuallyHidden } from "@mantine/core";
import { useDueCount } from "../../hooks/agenda.js";
import { countLabel } from "../../lib/format.js";

/** How many agenda items are due or overdue, beside "Today" in the navigation. */
export function DueCount() {
  const counts = useDueCount();
  if (!counts.data) return null;
  const { due, overdue } = counts.data;
  if (due === 0) return null;
  return (
    <Badge size="sm" variant={overdue > 0 ? "filled" : "light"} color={overdue > 0 ? "red" : "coffee"} circle>
      <span aria-hidden>{due}</span>
      <VisuallyHidden>{countLabel(due, "thing")} due</VisuallyHidden>
    </Badge>
  );
}
