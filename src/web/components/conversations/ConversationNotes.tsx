import { Button, Stack } from "@mantine/core";
import { IconListNumbers } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { HELD } from "../../../core/stages.js";
import type { Conversation, ConversationDetail } from "../../api/types.js";
import { updateConversation } from "../../hooks/conversations.js";
import { queryKeys } from "../../hooks/query-keys.js";
import { PREP_OUTLINE } from "../../lib/prep-outline.js";
import { InfoCard } from "../InfoCard.js";
import { AutosaveTextarea } from "./AutosaveTextarea.js";

type TextField = "prep" | "notes" | "insights";

/** Preparation, notes during the talk, and what I learned: each saves itself as I type. */
export function ConversationNotes({ conversation }: { conversation: Conversation }) {
  const client = useQueryClient();
  // Straight to the API rather than through a mutation hook, so a save still lands after leaving the page.
  const saver = (field: TextField) => async (value: string) => {
    const saved = await updateConversation(conversation.id, { [field]: value });
    client.setQueryData<ConversationDetail>(queryKeys.conversation(saved.id), (detail) =>
      detail ? { ...detail, ...saved } : detail,
    );
    void client.invalidateQueries({ queryKey: queryKeys.conversations, refetchType: "none" });
    if (field === "prep") void client.invalidateQueries({ queryKey: queryKeys.agenda });
  };
  const held = HELD.includes(conversation.stage);

  const prepare = (
    <InfoCard key="prepare" title="Prepare">
      <AutosaveTextarea
        id="conversation-prep"
        label="Preparation"
        description="Their background and your connection, what you want to learn, a short introduction of yourself, and your questions in an order that flows."
        placeholder="Start typing, or add the outline below."
        serverValue={conversation.prep}
        onSave={saver("prep")}
        minRows={held ? 3 : 6}
        toolbar={(insert, value) =>
          value.includes("Questions, in order") ? null : (
            <Button
              variant="subtle"
              size="compact-xs"
              leftSection={<IconListNumbers size={14} />}
              onClick={() => insert(PREP_OUTLINE)}
            >
              Add a question outline
            </Button>
          )
        }
      />
    </InfoCard>
  );
  const notes = (
    <InfoCard key="notes" title="Notes">
      <Stack gap="md">
        <AutosaveTextarea
          id="conversation-notes"
          label="During the conversation"
          placeholder="What they said, names they mentioned, what you promised to send."
          serverValue={conversation.notes}
          onSave={saver("notes")}
          minRows={held ? 5 : 3}
        />
        <AutosaveTextarea
          id="conversation-insights"
          label="What I learned"
          description="Your take-aways: does this path fit you, and what would you do next?"
          placeholder={held ? "The one thing to remember from this conversation…" : "After the conversation."}
          serverValue={conversation.insights}
          onSave={saver("insights")}
          minRows={2}
        />
      </Stack>
    </InfoCard>
  );
  // Before the conversation the preparation leads; after it, the notes and what was learned.
  return (
    <Stack gap="lg">
      {held ? notes : prepare}
      {held ? prepare : notes}
    </Stack>
  );
}
