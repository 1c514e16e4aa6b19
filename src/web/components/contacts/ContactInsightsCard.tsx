// On a contact's page: what I learned from them, newest first, with the goal each insight informs.
import { Anchor, Skeleton, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useInsights } from "../../hooks/follow-through.js";
import { formatDate } from "../../lib/format.js";
import { ErrorState } from "../ErrorState.js";
import { InfoCard } from "../InfoCard.js";

export function ContactInsightsCard({ contactId, firstName }: { contactId: string; firstName: string }) {
  const insights = useInsights({ contactId });
  return (
    <InfoCard title="What I learned from them">
      {insights.isError && !insights.data ? (
        <ErrorState
          error={insights.error}
          onRetry={() => void insights.refetch()}
          title="Could not load the insights"
        />
      ) : !insights.data ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading the insights">
          <Skeleton height={16} />
          <Skeleton height={16} width="70%" />
        </Stack>
      ) : insights.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No insights yet. Note what {firstName} tells you during a conversation, and it is kept here.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {insights.data.items.map((insight) => (
            <li key={insight.id}>
              <Text size="sm" className="pre-wrap">
                {insight.text}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDate(insight.createdAt)}
                {insight.goalId && insight.goalTitle && (
                  <>
                    {" · for "}
                    <Anchor component={Link} to={`/goals/${insight.goalId}`} inherit underline="always">
                      {insight.goalTitle}
                    </Anchor>
                  </>
                )}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </InfoCard>
  );
}
