import { Alert, Text } from "@mantine/core";
import { IconFilterOff } from "@tabler/icons-react";
import { countLabel } from "../../lib/format.js";

const SHOWN = 8;

/** What the file had that coffeechat does not keep, so nothing disappears silently. */
export function DroppedList({ dropped }: { dropped: readonly string[] }) {
  if (dropped.length === 0) return null;
  const rest = dropped.length - SHOWN;
  return (
    <Alert
      color="gray"
      variant="light"
      radius="lg"
      icon={<IconFilterOff size={20} />}
      title="Left out of the import"
    >
      <Text size="sm">
        Some lines hold things coffeechat does not keep: {dropped.slice(0, SHOWN).join("; ")}
        {rest > 0 ? `; and ${countLabel(rest, "more thing")}` : ""}. Everything else on those lines comes
        along.
      </Text>
    </Alert>
  );
}
