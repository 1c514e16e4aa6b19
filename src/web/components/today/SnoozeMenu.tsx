import { ActionIcon, Menu, Tooltip } from "@mantine/core";
import { IconCalendarWeek, IconClockPause, IconSunrise } from "@tabler/icons-react";

/** Monday 08:00 of next week, in the browser's zone. */
export function nextWeekMorning(now = new Date()): string {
  const at = new Date(now);
  const daysToMonday = (8 - at.getDay()) % 7 || 7;
  at.setDate(at.getDate() + daysToMonday);
  at.setHours(8, 0, 0, 0);
  return at.toISOString();
}

/** Puts an item off: until tomorrow morning (the server's default) or next week. */
export function SnoozeMenu({
  what,
  onSnooze,
  loading,
}: {
  what: string;
  onSnooze: (until: "tomorrow" | "next-week") => void;
  loading: boolean;
}) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Tooltip label="Snooze" withArrow openDelay={400}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Snooze “${what}”`}
            loading={loading}
          >
            <IconClockPause size={18} stroke={1.7} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Remind me</Menu.Label>
        <Menu.Item leftSection={<IconSunrise size={16} />} onClick={() => onSnooze("tomorrow")}>
          Tomorrow morning
        </Menu.Item>
        <Menu.Item leftSection={<IconCalendarWeek size={16} />} onClick={() => onSnooze("next-week")}>
          Next week
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
