import { Button, EmptyState } from "@mantine/core";
import { IconCalendarPlus, IconLayoutKanban } from "@tabler/icons-react";
import { Link } from "react-router";

/** No conversation yet: what the pipeline will show, and how to start it. */
export function PipelineEmpty() {
  return (
    <EmptyState
      py={64}
      icon={<IconLayoutKanban size={30} stroke={1.5} />}
      variant="light"
      title="No conversations yet"
      description="Each coffee chat goes from an idea, to a request, to a date, to a thank-you. Start with someone whose work interests you."
    >
      <EmptyState.Actions>
        <Button component={Link} to="/conversations/new" leftSection={<IconCalendarPlus size={18} />}>
          Plan your first conversation
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
