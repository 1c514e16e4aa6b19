import { Button, Group, Skeleton, Stack, Text, Textarea } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError } from "../../api/http.js";
import { useSettings, useUpdateSettings } from "../../hooks/settings.js";
import { useToast } from "../../lib/toast-context.js";

const MAX_INTRO = 5000;

/** My short introduction, from my settings; edited right here, for every prep sheet. */
export function IntroEditor() {
  const settings = useSettings();
  const update = useUpdateSettings();
  const toast = useToast();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (settings.isPending) return <Skeleton height={40} />;
  if (settings.isError) {
    return (
      <Text size="sm" c="var(--cc-text-danger)" role="alert">
        Could not load your introduction: {settings.error.message}
      </Text>
    );
  }
  const intro = settings.data.intro.trim();

  if (draft !== null) {
    const save = async () => {
      setError(null);
      try {
        await update.mutateAsync({ intro: draft.trim() });
        setDraft(null);
        toast({ message: "Introduction saved. Every prep sheet uses it." });
      } catch (failure) {
        setError(failure instanceof ApiError ? failure.fieldMessage : "Not saved. Try again.");
      }
    };
    return (
      <Stack gap="xs" className="no-print">
        <Textarea
          id="prep-intro"
          label="How you introduce yourself"
          description="Two or three sentences: who you are, what you are exploring, and why them. Saved in your settings."
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MAX_INTRO}
          value={draft}
          error={error}
          data-autofocus
          autoFocus
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") setDraft(null);
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) void save();
          }}
        />
        <Group gap="xs">
          <Button size="xs" onClick={() => void save()} loading={update.isPending}>
            Save introduction
          </Button>
          <Button size="xs" variant="default" onClick={() => setDraft(null)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
      {intro ? (
        <Text className="pre-wrap" style={{ flex: 1 }}>
          {intro}
        </Text>
      ) : (
        <Text c="dimmed" fs="italic" style={{ flex: 1 }}>
          No introduction yet. Write two or three sentences about who you are and what you are exploring, so
          the conversation starts easily.
        </Text>
      )}
      <Button
        className="no-print"
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPencil size={14} />}
        onClick={() => {
          setError(null);
          setDraft(intro);
        }}
        aria-label={intro ? "Edit my introduction" : "Write it: my introduction"}
      >
        {intro ? "Edit" : "Write it"}
      </Button>
    </Group>
  );
}
