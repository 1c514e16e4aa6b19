// The snooze menu itself, loaded when someone first reaches for a snooze button (see SnoozeMenu).
import { Menu, Tooltip } from "@mantine/core";
import { IconCalendarWeek, IconSunrise } from "@tabler/icons-react";
import type { ReactElement } from "react";

/** Puts an item off: until tomorrow morning (the server's default) or next week. */
export function SnoozeChoices({
  onSnooze,
  children,
}: {
  onSnooze: (until: "tomorrow" | "next-week") => void;
  children: ReactElement;
}) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Tooltip label="Snooze" withArrow openDelay={400}>
        <Menu.Target>{children}</Menu.Target>
      </Tooltip>
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
