import { Group, Paper, Text, Textarea, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import type { Conversation, ConversationDetail } from "../../api/types.js";
import { updateConversation } from "../../hooks/conversations.js";
import { queryKeys } from "../../hooks/query-keys.js";
import { useBackedUpAutosave } from "../../hooks/use-backed-up-autosave.js";
import { SaveState } from "../prep/SaveState.js";

/** The conversation's own notes, for whatever does not fit under a question; saved as I type. */
export function FreeNotes({ conversation }: { conversation: Conversation }) {
  const client = useQueryClient();
  const autosave = useBackedUpAutosave(`notes:${conversation.id}`, conversation.notes, async (notes) => {
    // Straight to the API, so a save still lands after leaving the page.
    const saved = await updateConversation(conversation.id, { notes });
    client.setQueryData<ConversationDetail>(queryKeys.conversation(saved.id), (detail) =>
      detail ? { ...detail, ...saved } : detail,
    );
  });
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="live-notes-title">
      <Group justify="space-between" align="center" mb="xs">
        <Title id="live-notes-title" order={2} fz="lg">
          Notes
        </Title>
        <SaveState status={autosave.status} error={autosave.error} onRetry={autosave.flush} />
      </Group>
      {autosave.restored && (
        <Text size="xs" c="dimmed" mb="xs">
          Restored notes you typed here earlier that had not reached the server; saving them now.
        </Text>
      )}
      <Textarea
        id="live-notes"
        aria-label="Free notes"
        placeholder="Names they mentioned, things to look up, anything that does not fit under a question."
        autosize
        minRows={5}
        maxRows={30}
        value={autosave.value}
        onChange={(event) => autosave.setValue(event.currentTarget.value)}
        onBlur={autosave.flush}
        variant="filled"
        fz="md"
      />
    </Paper>
  );
}
