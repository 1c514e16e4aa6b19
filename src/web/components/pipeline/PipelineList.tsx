import { Button, Center, EmptyState, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { IconFilterOff } from "@tabler/icons-react";
import { useMemo } from "react";
import type { Stage } from "../../../core/stages.js";
import type { Conversation } from "../../api/types.js";
import { useConversationsInfinite } from "../../hooks/conversations.js";
import { countLabel } from "../../lib/format.js";
import { ErrorState } from "../ErrorState.js";
import { PipelineTable } from "./PipelineTable.js";
import { StageFilter } from "./StageFilter.js";

/** The list view: a table, filtered by stage, fifty rows at a time. */
export function PipelineList({
  stages,
  onStagesChange,
  onMove,
}: {
  stages: Stage[];
  onStagesChange: (stages: Stage[]) => void;
  onMove: (conversation: Conversation, to: Stage) => void;
}) {
  const query = useConversationsInfinite({ stage: stages, limit: 50 });
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;

  return (
    <Stack gap="md">
      <StageFilter value={stages} onChange={onStagesChange} />
      {query.isError && !query.data ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Could not load conversations"
        />
      ) : (
        <Paper
          withBorder
          radius="lg"
          style={{ overflow: "hidden", opacity: query.isPlaceholderData ? 0.6 : 1 }}
        >
          {query.isPending ? (
            <Stack p="md" gap="sm" aria-busy="true" aria-label="Loading conversations">
              {Array.from({ length: 6 }, (_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
                <Skeleton key={index} height={36} radius="sm" />
              ))}
            </Stack>
          ) : rows.length === 0 ? (
            <EmptyState
              py={48}
              icon={<IconFilterOff size={28} stroke={1.5} />}
              withIndicatorBackground
              title="No conversation at these stages"
              description="Choose other stages, or clear the filter to see every conversation."
            >
              <EmptyState.Actions>
                <Button variant="light" onClick={() => onStagesChange([])}>
                  Clear the filter
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <PipelineTable conversations={rows} onMove={onMove} />
          )}
        </Paper>
      )}
      {rows.length > 0 && (
        <Center>
          {query.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void query.fetchNextPage()}
              loading={query.isFetchingNextPage}
            >
              Show more ({total - rows.length} left)
            </Button>
          ) : (
            <Text size="sm" c="dimmed" aria-live="polite">
              {countLabel(total, "conversation")}
              {stages.length > 0 ? " at these stages" : ""}
            </Text>
          )}
        </Center>
      )}
    </Stack>
  );
}
