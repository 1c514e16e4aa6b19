import { Anchor, Box, Button, Grid, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconArrowLeft, IconArrowRight, IconFileText } from "@tabler/icons-react";
import { Link, useNavigate, useParams } from "react-router";
import { DEFAULT_DURATION_MINUTES } from "../../core/conversation.js";
import { FreeNotes } from "../components/live/FreeNotes.js";
import { QuestionChecklist } from "../components/live/QuestionChecklist.js";
import { QuickAdds } from "../components/live/QuickAdds.js";
import { TimerPanel } from "../components/live/TimerPanel.js";
import { Page } from "../components/Page.js";
import { useConversation } from "../hooks/conversations.js";
import { useConversationTimer } from "../hooks/use-conversation-timer.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { useQuestionList } from "../hooks/use-question-list.js";
import { ConversationLoadError } from "./ConversationLoadError.js";

/** `/conversations/:id/live`: during the talk: the time, the questions with notes, free notes, quick adds. */
export function ConversationModePage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const conversation = useConversation(id);
  const list = useQuestionList(id);
  const minutes = conversation.data?.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  const timer = useConversationTimer(id, minutes);
  usePageTitle(conversation.data ? `Talking with ${conversation.data.contactName}` : "Conversation mode");
  useHotkeys([["alt+T", () => timer.toggle(), { usePhysicalKeys: true, preventDefault: true }]], []);

  if (conversation.isError) {
    return <ConversationLoadError error={conversation.error} onRetry={() => void conversation.refetch()} />;
  }
  const data = conversation.data;
  const wrapUp = async () => {
    await list.flush();
    navigate(`/conversations/${id}/wrap-up`);
  };

  return (
    <Page size="xl">
      <Group justify="space-between" mb="lg" gap="sm">
        <Anchor component={Link} to={`/conversations/${id}`} size="sm" c="dimmed">
          <Group gap={4} component="span" display="inline-flex">
            <IconArrowLeft size={14} aria-hidden />
            Back to the conversation
          </Group>
        </Anchor>
        <Button
          component={Link}
          to={`/conversations/${id}/prep`}
          variant="subtle"
          size="xs"
          leftSection={<IconFileText size={14} />}
        >
          Prep sheet
        </Button>
      </Group>
      {!data ? (
        <Stack gap="lg" aria-busy="true" aria-label="Loading the conversation">
          <Skeleton height={36} width={420} />
          <Skeleton height={120} radius="lg" />
          <Skeleton height={320} radius="lg" />
        </Stack>
      ) : (
        <>
          <Grid gap="xl" align="flex-end" mb="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Text size="sm" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: "0.06em" }}>
                Conversation mode
              </Text>
              <Title order={1} fz={34} style={{ letterSpacing: "-0.02em" }}>
                {data.contactName}
                {data.organization && (
                  <Text span inherit c="dimmed" fw={400}>
                    {" "}
                    · {data.organization}
                  </Text>
                )}
              </Title>
              <Text c="var(--cc-color-text-soft)" mt={4}>
                Listen more than you talk, note what matters, and keep to the time you asked for.
              </Text>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <TimerPanel timer={timer} minutes={minutes} firstName={data.contactName.split(" ")[0] ?? ""} />
            </Grid.Col>
          </Grid>
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <QuestionChecklist list={list} conversationId={id} />
                <FreeNotes conversation={data} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Box style={{ position: "sticky", top: 76 }}>
                <QuickAdds conversation={data} />
              </Box>
            </Grid.Col>
          </Grid>
          <Group justify="flex-end" mt="xl">
            <Button size="md" rightSection={<IconArrowRight size={18} />} onClick={() => void wrapUp()}>
              Wrap up
            </Button>
          </Group>
        </>
      )}
    </Page>
  );
}
