import { Badge, Button, CloseButton, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconCalendarOff } from "@tabler/icons-react";
import { useState } from "react";
import { formatDate } from "../../lib/format.js";
import { DayInput } from "../form/DayTimeInputs.js";

/** Days that are not business days (public holidays, time off): follow-ups do not count them. */
export function HolidaysInput({
  id,
  holidays,
  onChange,
}: {
  id: string;
  holidays: string[];
  onChange: (holidays: string[]) => void;
}) {
  const [day, setDay] = useState("");
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      setError("Not a day we can read.");
      return;
    }
    setError(null);
    onChange([...new Set([...holidays, day])].sort());
    setDay("");
  };
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <DayInput
          id={id}
          label="Add a day off"
          leftSection={<IconCalendarOff size={16} stroke={1.7} />}
          value={day}
          error={error}
          onChange={setDay}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          style={{ flex: 1 }}
        />
        <Button variant="default" onClick={add} disabled={!day}>
          Add
        </Button>
      </Group>
      {holidays.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          No days off listed. Weekends are never counted.
        </Text>
      ) : (
        <Group gap={6} role="list" aria-label="Days off">
          {holidays.map((holiday) => (
            <Badge
              key={holiday}
              role="listitem"
              variant="light"
              color="gray"
              radius="sm"
              tt="none"
              fw={500}
              pr={2}
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={`Remove ${formatDate(`${holiday}T12:00:00`)}`}
                  onClick={() => onChange(holidays.filter((h) => h !== holiday))}
                />
              }
            >
              {formatDate(`${holiday}T12:00:00`)}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
