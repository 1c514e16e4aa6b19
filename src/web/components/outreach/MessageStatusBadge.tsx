import { Badge, type BadgeProps, Loader } from "@mantine/core";
import type { MessageStatus } from "../../../core/message.js";
import { STATUS_COLORS, STATUS_LABELS } from "../../lib/outbox.js";

/** A message's status as a coloured label; "Sending" turns. */
export function MessageStatusBadge({
  status,
  ...props
}: { status: MessageStatus } & Omit<BadgeProps, "color" | "children">) {
  return (
    <Badge
      variant={status === "failed" ? "filled" : "light"}
      color={STATUS_COLORS[status]}
      radius="sm"
      tt="none"
      fw={600}
      leftSection={status === "sending" ? <Loader size={10} color="coffee" aria-hidden /> : undefined}
      {...props}
    >
      {STATUS_LABELS[status]}
    </Badge>
  );
}
