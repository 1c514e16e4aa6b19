import { Box, Button, Group, SegmentedControl, Skeleton, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconCalendarPlus, IconLayoutKanban, IconList } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { ErrorState } from "../components/ErrorState.js";
import { PageHeader } from "../components/Page.js";
import { PipelineBoard } from "../components/pipeline/PipelineBoard.js";
import { PipelineEmpty } from "../components/pipeline/PipelineEmpty.js";
import { PipelineList } from "../components/pipeline/PipelineList.js";
import { PipelineSkeleton } from "../components/pipeline/PipelineSkeleton.js";
import { useAllConversations } from "../hooks/use-all-conversations.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { usePipelineView } from "../hooks/use-pipeline-view.js";
import { useStageMover } from "../hooks/use-stage-mover.js";
import { countLabel } from "../lib/format.js";

/** `/pipeline`: every conversation by stage, as a board to drag across or a list to filter. */
export function PipelinePage() {
  usePageTitle("Pipeline");
  const navigate = useNavigate();
  const { view, stages, setView, setStages } = usePipelineView();
  const { query, conversations, total } = useAllConversations();
  const mover = useStageMover();
  useHotkeys([
    ["n", () => navigate("/conversations/new")],
    ["v", () => setView(view === "board" ? "list" : "board")],
  ]);

  const empty = query.data && total === 0;
  return (
    <Box px="xl" py="xl">
      <PageHeader
        title="Pipeline"
        below={
          query.data ? (
            <Text c="dimmed">
              {countLabel(total, "conversation")}
              {total === 0
                ? ""
                : view === "board"
                  ? " · drag a card to move it, or use its menu"
                  : " · newest change first"}
            </Text>
          ) : query.isError ? null : (
            <Skeleton height={14} width={180} mt={6} radius="xl" />
          )
        }
        actions={
          <>
            <Tooltip label="Shortcut: V" withArrow openDelay={400}>
              <SegmentedControl
                aria-label="View"
                value={view}
                onChange={(value) => setView(value === "list" ? "list" : "board")}
                data={[
                  {
                    value: "board",
                    label: (
                      <Group gap={6} wrap="nowrap">
                        <IconLayoutKanban size={16} aria-hidden />
                        <span>Board</span>
                      </Group>
                    ),
                  },
                  {
                    value: "list",
                    label: (
                      <Group gap={6} wrap="nowrap">
                        <IconList size={16} aria-hidden />
                        <span>List</span>
                      </Group>
                    ),
                  },
                ]}
              />
            </Tooltip>
            <Tooltip label="Shortcut: N" withArrow openDelay={400}>
              <Button component={Link} to="/conversations/new" leftSection={<IconCalendarPlus size={18} />}>
                New conversation
              </Button>
            </Tooltip>
          </>
        }
      />
      <VisuallyHidden>
        <p>
          Each card has a “Move to…” menu listing the stages it can go to; the board can also be used by
          dragging cards between columns.
        </p>
      </VisuallyHidden>
      {query.isError && !query.data ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Could not load the pipeline"
        />
      ) : empty ? (
        <PipelineEmpty />
      ) : view === "list" ? (
        <PipelineList stages={stages} onStagesChange={setStages} onMove={(c, to) => void mover.move(c, to)} />
      ) : query.isPending ? (
        <PipelineSkeleton />
      ) : (
        <PipelineBoard conversations={conversations} onMove={mover.move} />
      )}
      {mover.dialog}
    </Box>
  );
}
