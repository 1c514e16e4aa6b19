import { Group, Text, Textarea, UnstyledButton } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconLoader2 } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { type SaveStatus, useAutosave } from "../../hooks/use-autosave.js";

function StatusLine({
  status,
  error,
  onRetry,
}: {
  status: SaveStatus;
  error: string | null;
  onRetry: () => void;
}) {
  if (status === "error") {
    return (
      <Group gap={4} c="var(--cc-text-danger)" wrap="nowrap">
        <IconAlertTriangle size={14} aria-hidden />
        <Text size="xs" c="var(--cc-text-danger)">
          Not saved{error ? `: ${error}` : ""}.{" "}
          <UnstyledButton onClick={onRetry} fz="xs" fw={600} c="var(--cc-text-danger)" td="underline">
            Try again
          </UnstyledButton>
        </Text>
      </Group>
    );
  }
  if (status === "saving" || status === "pending") {
    return (
      <Group gap={4} c="dimmed" wrap="nowrap">
        <IconLoader2 size={14} aria-hidden className="spin" />
        <Text size="xs" c="dimmed">
          Saving…
        </Text>
      </Group>
    );
  }
  if (status === "saved") {
    return (
      <Group gap={4} c="var(--cc-text-success)" wrap="nowrap">
        <IconCheck size={14} aria-hidden />
        <Text size="xs" c="var(--cc-text-success)">
          Saved
        </Text>
      </Group>
    );
  }
  return null;
}

/** A text that saves itself as one types, saying whether it is saved. */
export function AutosaveTextarea({
  id,
  label,
  description,
  placeholder,
  serverValue,
  onSave,
  minRows = 4,
  toolbar,
}: {
  id: string;
  label: string;
  description?: ReactNode;
  placeholder?: string;
  serverValue: string;
  onSave: (value: string) => Promise<unknown>;
  minRows?: number;
  /** Things beside the save status, e.g. a button that inserts a template. */
  toolbar?: (insert: (text: string) => void, value: string) => ReactNode;
}) {
  const autosave = useAutosave(serverValue, onSave);
  return (
    <div>
      <Textarea
        id={id}
        label={label}
        description={description}
        placeholder={placeholder}
        autosize
        minRows={minRows}
        maxRows={24}
        value={autosave.value}
        onChange={(event) => autosave.setValue(event.currentTarget.value)}
        onBlur={autosave.flush}
        styles={{ label: { fontWeight: 600 } }}
      />
      <Group justify="space-between" mt={6} gap="xs" mih={22}>
        <div role="status" aria-live="polite">
          <StatusLine status={autosave.status} error={autosave.error} onRetry={autosave.flush} />
        </div>
        {toolbar?.(
          (text) =>
            autosave.setValue(autosave.value ? `${autosave.value.replace(/\s*$/, "")}\n\n${text}` : text),
          autosave.value,
        )}
      </Group>
    </div>
  );
}
