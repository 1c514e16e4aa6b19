import { Group, Text, UnstyledButton } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconLoader2 } from "@tabler/icons-react";
import type { SaveStatus } from "../../hooks/use-autosave.js";
import { sentence } from "../../lib/format.js";

/** Whether what I typed is saved: quiet when it is, clear when it is not (and that it is kept here). */
export function SaveState({
  status,
  error,
  onRetry,
  idleText,
}: {
  status: SaveStatus;
  error: string | null;
  onRetry: () => void;
  /** Said before anything was changed, e.g. "Proposed from your question bank". */
  idleText?: string;
}) {
  let content = null;
  if (status === "error") {
    content = (
      <Group gap={4} c="var(--cc-text-danger)" wrap="nowrap">
        <IconAlertTriangle size={14} aria-hidden />
        <Text size="xs" c="var(--cc-text-danger)">
          {sentence(error ? `Not saved: ${error}` : "Not saved")} Kept in this browser until it is.{" "}
          <UnstyledButton onClick={onRetry} fz="xs" fw={600} c="var(--cc-text-danger)" td="underline">
            Try again
          </UnstyledButton>
        </Text>
      </Group>
    );
  } else if (status === "saving" || status === "pending") {
    content = (
      <Group gap={4} c="dimmed" wrap="nowrap">
        <IconLoader2 size={14} aria-hidden className="spin" />
        <Text size="xs" c="dimmed">
          Saving…
        </Text>
      </Group>
    );
  } else if (status === "saved") {
    content = (
      <Group gap={4} c="var(--cc-text-success)" wrap="nowrap">
        <IconCheck size={14} aria-hidden />
        <Text size="xs" c="var(--cc-text-success)">
          Saved
        </Text>
      </Group>
    );
  } else if (idleText) {
    content = (
      <Text size="xs" c="dimmed">
        {idleText}
      </Text>
    );
  }
  return (
    <div role="status" aria-live="polite" className="no-print">
      {content}
    </div>
  );
}
