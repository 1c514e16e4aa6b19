import { Anchor, Box, Breadcrumbs, Grid, Group, Skeleton, Stack } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { Stage } from "../../core/stages.js";
import { ConversationDetails } from "../components/conversations/ConversationDetails.js";
import { ConversationHeader } from "../components/conversations/ConversationHeader.js";
import { ConversationNotes } from "../components/conversations/ConversationNotes.js";
import { ConversationTimeline } from "../components/conversations/ConversationTimeline.js";
import { MessagesCard } from "../components/conversations/MessagesCard.js";
import { ScheduleDialog } from "../components/conversations/ScheduleDialog.js";
import { TasksCard } from "../components/conversations/TasksCard.js";
import { ConversationGoalsCard } from "../components/goals/ConversationGoalsCard.js";
import { Page } from "../components/Page.js";
import { ConversationModeLinks } from "../components/prep/ConversationModeLinks.js";
import { useConversation, useUpdateConversation } from "../hooks/conversations.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { useStageMover } from "../hooks/use-stage-mover.js";
import { scheduleChanges } from "../lib/conversation-form.js";
import { useToast } from "../lib/toast-context.js";
import { ConversationLoadError } from "./ConversationLoadError.js";

/** `/conversations/:id`: one conversation: where it stands, its details, preparation and notes, its story. */
export function ConversationPage() {
  const { id = "" } = useParams();
  const conversation = useConversation(id);
  const [moving, setMoving] = useState<Stage | null>(null);
  const [editing, setEditing] = useState(false);
  const mover = useStageMover({ onStart: (_, to) => setMoving(to), onEnd: () => setMoving(null) });
  const update = useUpdateConversation();
  const toast = useToast();
  usePageTitle(
    conversation.data
      ? `Conversation with ${conversation.data.contactName}`
      : conversation.isError
        ? "Conversation not found"
        : "Conversation",
  );
  useHotkeys([["e", () => conversation.data && setEditing(true)]]);

  if (conversation.isError) {
    return <ConversationLoadError error={conversation.error} onRetry={() => void conversation.refetch()} />;
  }
  if (!conversation.data) return <ConversationSkeleton />;

  const data = conversation.data;
  return (
    <Page size="xl">
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/pipeline">
          Pipeline
        </Anchor>
        <span>{data.contactName}</span>
      </Breadcrumbs>
      <ConversationHeader conversation={data} moving={moving} onMove={(to) => void mover.move(data, to)} />
      <Box mb="lg">
        <ConversationModeLinks conversation={data} />
      </Box>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <ConversationNotes key={data.id} conversation={data} />
            <TasksCard conversation={data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ConversationDetails conversation={data} onEdit={() => setEditing(true)} />
            <ConversationGoalsCard conversation={data} />
            <MessagesCard conversation={data} />
            <ConversationTimeline conversation={data} />
          </Stack>
        </Grid.Col>
      </Grid>
      {mover.dialog}
      <ScheduleDialog
        conversation={editing ? data : null}
        title="Edit details"
        submitLabel="Save details"
        description=""
        timeRequired={data.stage === "scheduled"}
        withKind
        onClose={() => setEditing(false)}
        onSubmit={async (values, kind) => {
          await update.mutateAsync({ id: data.id, changes: { ...scheduleChanges(values), kind } });
          setEditing(false);
          toast({ message: "Details saved." });
        }}
      />
    </Page>
  );
}

function ConversationSkeleton() {
  return (
    <Page size="xl">
      <Stack gap="xl" aria-busy="true" aria-label="Loading the conversation">
        <Group gap="lg">
          <Skeleton circle height={64} />
          <Stack gap={10}>
            <Skeleton height={26} width={360} />
            <Skeleton height={16} width={260} />
          </Stack>
        </Group>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Skeleton height={260} radius="lg" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <Skeleton height={160} radius="lg" />
              <Skeleton height={160} radius="lg" />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Page>
  );
}
