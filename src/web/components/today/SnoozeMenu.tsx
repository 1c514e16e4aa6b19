import { ActionIcon } from "@mantine/core";
import { IconClockPause } from "@tabler/icons-react";
import { OnFirstUse } from "../OnFirstUse.js";

/** Monday 08:00 of next week, in the browser's zone. */
export function nextWeekMorning(now = new Date()): string {
  const at = new Date(now);
  const daysToMonday = (8 - at.getDay()) % 7 || 7;
  at.setDate(at.getDate() + daysToMonday);
  at.setHours(8, 0, 0, 0);
  return at.toISOString();
}

// The menu's code loads when a snooze button is first pointed at or focused: Today shows one per item.
const loadChoices = () => import("./SnoozeChoices.js");

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
  const button = (closed?: { "aria-haspopup": "menu"; "aria-expanded": false }) => (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="lg"
      aria-label={`Snooze “${what}”`}
      loading={loading}
      {...closed}
    >
      <IconClockPause size={18} stroke={1.7} />
    </ActionIcon>
  );
  return (
    <OnFirstUse
      load={loadChoices}
      plain={button({ "aria-haspopup": "menu", "aria-expanded": false })}
      replayClick
    >
      {({ SnoozeChoices }) => <SnoozeChoices onSnooze={onSnooze}>{button()}</SnoozeChoices>}
    </OnFirstUse>
  );
}
