import { ActionIcon, Tooltip } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useToast } from "../lib/toast-context.js";

/** A small delete button for a row of a list; a failure is told in a notification. */
export function DeleteIconButton({ label, onDelete }: { label: string; onDelete: () => Promise<unknown> }) {
  const toast = useToast();
  return (
    <Tooltip label="Delete" withArrow openDelay={400}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={label}
        onClick={() =>
          onDelete().catch((failure: Error) =>
            toast({ title: "Not deleted", message: failure.message, color: "red" }),
          )
        }
      >
        <IconTrash size={14} />
      </ActionIcon>
    </Tooltip>
  );
}
