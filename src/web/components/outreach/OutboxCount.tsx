import { Badge, VisuallyHidden } from "@mantine/core";
import { useOutbox } from "../../hooks/messages.js";
import { countLabel } from "../../lib/format.js";

/** Beside "Outbox" in the navigation: how many messages wait; red when one could not be sent. */
export function OutboxCount() {
  const outbox = useOutbox();
  const items = outbox.data?.items ?? [];
  if (items.length === 0) return null;
  const failed = items.filter((message) => message.status === "failed").length;
  return (
    <Badge size="sm" variant={failed > 0 ? "filled" : "light"} color={failed > 0 ? "red" : "blue"} circle>
      <span aria-hidden>{items.length}</span>
      <VisuallyHidden>
        {countLabel(items.length, "message")} waiting{failed > 0 ? `, ${failed} not sent` : ""}
      </VisuallyHidden>
    </Badge>
  );
}
