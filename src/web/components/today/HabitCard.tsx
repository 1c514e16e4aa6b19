import { Box, Group, Stack, Text } from "@mantine/core";
import { IconFlame } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { HabitProgress } from "../../api/types.js";
import { countLabel } from "../../lib/format.js";
import { InfoCard } from "../InfoCard.js";

/** "1 of 2 conversations this week", or "3 conversations this week" once past the goal. */
export function weekLine(habit: HabitProgress): string {
  return habit.thisWeek > habit.perWeek
    ? `${countLabel(habit.thisWeek, "conversation")} this week`
    : `${habit.thisWeek} of ${countLabel(habit.perWeek, "conversation")} this week`;
}

const RING = 64;
const THICKNESS = 7;
// As Mantine's RingProgress draws it, without the per-section tooltips (whose positioning code
// Today would otherwise load for this one ring).
const RADIUS = (RING * 0.9 - THICKNESS * 2) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A ring filled to `percent` in the theme's `color`, with a short label in the middle. */
function HabitRing({ percent, color, children }: { percent: number; color: string; children: ReactNode }) {
  const arc = { cx: RING / 2, cy: RING / 2, r: RADIUS, fill: "none", strokeWidth: THICKNESS };
  return (
    <Box pos="relative" w={RING} h={RING} miw={RING} aria-hidden>
      <svg
        aria-hidden="true"
        width={RING}
        height={RING}
        viewBox={`0 0 ${RING} ${RING}`}
        style={{ transform: "rotate(-90deg)" }}
      >
        <circle {...arc} className="habit-ring-track" />
        {percent > 0 && (
          <circle
            {...arc}
            stroke={`var(--mantine-color-${color}-filled)`}
            strokeLinecap="round"
            strokeDasharray={`${(percent / 100) * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
          />
        )}
      </svg>
      <Text
        ta="center"
        fw={700}
        fz="xs"
        pos="absolute"
        top="50%"
        left={THICKNESS * 2}
        right={THICKNESS * 2}
        style={{ transform: "translateY(-50%)" }}
      >
        {children}
      </Text>
    </Box>
  );
}

/** The weekly rhythm: conversations held this week against the goal, and the streak of weeks kept. */
export function HabitCard({ habit }: { habit: HabitProgress }) {
  const met = habit.thisWeek >= habit.perWeek;
  const percent = habit.perWeek > 0 ? Math.min(100, (habit.thisWeek / habit.perWeek) * 100) : 0;
  const left = habit.perWeek - habit.thisWeek;
  return (
    <InfoCard title="Weekly rhythm">
      <Group gap="md" wrap="nowrap">
        <HabitRing percent={percent} color={met ? "green" : "coffee"}>
          {habit.thisWeek}/{habit.perWeek}
        </HabitRing>
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
