import { Button, EmptyState, Group } from "@mantine/core";
import { IconCalendarPlus, IconLayoutKanban, IconMoodSmile } from "@tabler/icons-react";
import { Link } from "react-router";

/** Nothing due: say so warmly, and offer the next step of the practice. */
export function TodayEmpty({ upcoming }: { upcoming: number }) {
  return (
    <EmptyState
      py={48}
      icon={<IconMoodSmile size={30} stroke={1.5} />}
      variant="light"
      title="Nothing due today"
      description={
        upcoming > 0
          ? "You are up to date. What is coming up is below; meanwhile, a good moment to plan your next conversation."
          : "You are up to date. A good moment to plan your next conversation: whom would you like to learn from?"
      }
    >
      <EmptyState.Actions>
        <Group gap="sm" justify="center">
          <Button component={Link} to="/conversations/new" leftSection={<IconCalendarPlus size={18} />}>
            Plan a conversation
          </Button>
          <Button
            component={Link}
            to="/pipeline"
            variant="default"
            leftSection={<IconLayoutKanban size={18} />}
          >
            Open the pipeline
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
