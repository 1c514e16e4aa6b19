import { Anchor, Breadcrumbs, Button, Skeleton, Stack, Text } from "@mantine/core";
import { Link, useParams } from "react-router";
import { TasksCard } from "../components/conversations/TasksCard.js";
import { InsightForm } from "../components/live/InsightForm.js";
import { Page, PageHeader } from "../components/Page.js";
import { GoalFitStep } from "../components/wrap-up/GoalFitStep.js";
import { MarkDoneStep } from "../components/wrap-up/MarkDoneStep.js";
import { StepCard } from "../components/wrap-up/StepCard.js";
import { ThankYouStep } from "../components/wrap-up/ThankYouStep.js";
import { useConversation } from "../hooks/conversations.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { useQuestionList } from "../hooks/use-question-list.js";
import { ConversationLoadError } from "./ConversationLoadError.js";

/** `/conversations/:id/wrap-up`: after the talk: done, what I learned, how each goal fits, the thank-you, promises. */
export function WrapUpPage() {
  const { id = "" } = useParams();
  const conversation = useConversation(id);
  const list = useQuestionList(id);
  usePageTitle(conversation.data ? `Wrap up: ${conversation.data.contactName}` : "Wrap up");

  if (conversation.isError) {
    return <ConversationLoadError error={conversation.error} onRetry={() => void conversation.refetch()} />;
  }
  const data = conversation.data;
  return (
    <Page size="md">
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/pipeline">
          Pipeline
        </Anchor>
        {data ? (
          <Anchor component={Link} to={`/conversations/${id}`}>
            {data.contactName}
          </Anchor>
        ) : (
          <span>…</span>
        )}
        <span>Wrap up</span>
      </Breadcrumbs>
      <PageHeader
        title={data ? `Wrap up: ${data.contactName}` : "Wrap up"}
        below={
          <Text c="dimmed">
            While it is fresh: what you learned, what it means for your goals, and the thank-you.
          </Text>
        }
        actions={
          <Button component={Link} to={`/conversations/${id}/live`} variant="default">
            Back to conversation mode
          </Button>
        }
      />
      {!data ? (
        <Stack gap="lg" aria-busy="true" aria-label="Loading the conversation">
          <Skeleton height={100} radius="lg" />
          <Skeleton height={200} radius="lg" />
        </Stack>
      ) : (
        <Stack gap="lg">
          <MarkDoneStep conversation={data} />
          <StepCard
            step={2}
            title="What you learned"
            hint="Each insight can count towards one of your goals."
          >
            <InsightForm conversationId={id} goalIds={data.goalIds} />
          </StepCard>
          <GoalFitStep conversation={data} />
          <ThankYouStep conversation={data} list={list} />
          <TasksCard conversation={data} />
        </Stack>
      )}
    </Page>
  );
}
