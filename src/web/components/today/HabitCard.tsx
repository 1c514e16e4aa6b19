import { Group, RingProgress, Stack, Text } from "@mantine/core";
import { IconFlame } from "@tabler/icons-react";
import type { HabitProgress } from "../../api/types.js";
import { countLabel } from "../../lib/format.js";
import { InfoCard } from "../InfoCard.js";

/** "1 of 2 conversations this week", or "3 conversations this week" once past the goal. */
export function weekLine(habit: HabitProgress): string {
  return habit.thisWeek > habit.perWeek
    ? `${countLabel(habit.thisWeek, "conversation")} this week`
    : `${habit.thisWeek} of ${countLabel(habit.perWeek, "conversation")} this week`;
}

/** The weekly rhythm: conversations held this week against the goal, and the streak of weeks kept. */
export function HabitCard({ habit }: { habit: HabitProgress }) {
  const met = habit.thisWeek >= habit.perWeek;
  const percent = habit.perWeek > 0 ? Math.min(100, (habit.thisWeek / habit.perWeek) * 100) : 0;
  const left = habit.perWeek - habit.thisWeek;
  return (
    <InfoCard title="Weekly rhythm">
      <Group gap="md" wrap="nowrap">
        <RingProgress
          size={64}
          thickness={7}
          roundCaps={percent > 0}
          sections={[{ value: percent, color: met ? "green" : "coffee" }]}
          label={
            <Text ta="center" fw={700} fz="xs" aria-hidden>
              {habit.thisWeek}/{habit.perWeek}
            </Text>
          }
          aria-hidden
        />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} fz="sm" data-testid="habit-summary">
            {weekLine(habit)}
          </Text>
          {habit.streakWeeks > 0 ? (
            <Group gap={4} c="var(--cc-text-warning)" wrap="nowrap">
              <IconFlame size={16} stroke={1.8} aria-hidden />
              <Text size="sm" fw={500}>
                {habit.streakWeeks}-week streak
              </Text>
            </Group>
          ) : null}
          <Text size="sm" c="dimmed">
            {met
              ? `Goal of ${habit.perWeek} a week met. Anything more is a bonus.`
              : left === 1
                ? "One more conversation keeps your rhythm."
                : `${left} more conversations keep your rhythm.`}
          </Text>
        </Stack>
      </Group>
    </InfoCard>
  );
}
