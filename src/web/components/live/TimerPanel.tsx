import { Button, Group, Paper, Progress, Stack, Text, Tooltip } from "@mantine/core";
import { IconPlayerPause, IconPlayerPlay, IconRotate } from "@tabler/icons-react";
import type { ConversationTimer } from "../../hooks/use-conversation-timer.js";
import { clock } from "../../lib/conversation-timer.js";

const LOOK = {
  idle: { color: "gray", background: "var(--mantine-color-body)", border: "var(--cc-color-line)" },
  running: { color: "teal", background: "var(--mantine-color-body)", border: "var(--cc-color-line)" },
  closing: {
    color: "yellow",
    background: "var(--mantine-color-yellow-light)",
    border: "var(--mantine-color-yellow-4)",
  },
  over: {
    color: "orange",
    background: "var(--mantine-color-orange-light)",
    border: "var(--mantine-color-orange-4)",
  },
} as const;

/** The time against the minutes asked; near and at the end a change of colour and a quiet word, never a sound. */
export function TimerPanel({
  timer,
  minutes,
  firstName,
}: {
  timer: ConversationTimer;
  minutes: number;
  firstName: string;
}) {
  const look = LOOK[timer.phase];
  const total = minutes * 60_000;
  const percent = Math.min(100, (timer.elapsedMs / total) * 100);
  const message =
    timer.phase === "closing"
      ? "Nearly time: move to your closing asks (who else, may I mention your name)."
      : timer.phase === "over"
        ? `The ${minutes} minutes you asked for are up. Thank ${firstName}; go on only if they offer.`
        : null;
  return (
    <Paper
      radius="lg"
      p="md"
      withBorder
      style={{
        background: look.background,
        borderColor: look.border,
        transition: "background-color 600ms ease",
      }}
      aria-label="Timer"
      component="section"
    >
      <Group justify="space-between" gap="md" wrap="nowrap">
        <Stack gap={0}>
          <Text
            fz={40}
            fw={600}
            lh={1.1}
            style={{ fontVariantNumeric: "tabular-nums", letterSpacing: "-0.02em" }}
            aria-label={`${clock(timer.elapsedMs)} of ${minutes} minutes`}
            c={timer.phase === "over" ? "var(--mantine-color-orange-light-color)" : undefined}
          >
            {clock(timer.elapsedMs)}
          </Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            of {minutes} minutes
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Tooltip label="Alt+T" withArrow openDelay={400}>
            <Button
              size="md"
              variant={timer.running ? "default" : "filled"}
              leftSection={timer.running ? <IconPlayerPause size={18} /> : <IconPlayerPlay size={18} />}
              onClick={timer.toggle}
            >
              {timer.running ? "Pause" : timer.elapsedMs > 0 ? "Resume" : "Start timer"}
            </Button>
          </Tooltip>
          {timer.elapsedMs > 0 && !timer.running && (
            <Tooltip label="Back to 0:00" withArrow openDelay={400}>
              <Button
                size="md"
                variant="subtle"
                color="gray"
                onClick={timer.reset}
                aria-label="Reset the timer"
              >
                <IconRotate size={18} />
              </Button>
            </Tooltip>
          )}
        </Group>
      </Group>
      <Progress
        value={percent}
        color={look.color}
        size="sm"
        radius="xl"
        mt="sm"
        aria-label="Time used"
        transitionDuration={600}
      />
      <div role="status" aria-live="polite">
        {message && (
          <Text
            size="sm"
            mt="xs"
            c={
              timer.phase === "over"
                ? "var(--mantine-color-orange-light-color)"
                : "var(--mantine-color-yellow-light-color)"
            }
          >
            {message}
          </Text>
        )}
      </div>
    </Paper>
  );
}
