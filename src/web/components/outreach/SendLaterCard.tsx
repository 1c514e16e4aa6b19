import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconCalendar, IconClock, IconClockHour9 } from "@tabler/icons-react";
import type { SendTimeAdvice } from "../../api/types.js";
import { browserZone, relativeTime, shortDateTime } from "../../lib/datetime.js";
import { fieldId } from "../../lib/field-id.js";
import { DayInput, TimeOfDayInput } from "../form/DayTimeInputs.js";

/** The advised moment to send, and the day and time to schedule the message for (the advice by default). */
export function SendLaterCard({
  advice,
  adviceLoading,
  date,
  time,
  error,
  onChange,
  onUseAdvice,
  onSchedule,
  scheduling,
  disabled,
}: {
  advice: SendTimeAdvice | undefined;
  adviceLoading: boolean;
  date: string;
  time: string;
  error: string | undefined;
  onChange: (field: "date" | "time", value: string) => void;
  onUseAdvice: () => void;
  onSchedule: () => void;
  scheduling: boolean;
  /** Why scheduling is not possible now; null when it is. */
  disabled: string | null;
}) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="send-later-heading">
      <Group gap="xs" mb="sm" wrap="nowrap">
        <IconClockHour9 size={18} stroke={1.7} aria-hidden />
        <Title order={2} fz="md" id="send-later-heading">
          When to send
        </Title>
      </Group>
      <Stack gap="sm">
        <div aria-live="polite">
          {advice ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                Best sent {shortDateTime(advice.at)}{" "}
                <Text span size="sm" c="dimmed" fw={400}>
                  ({relativeTime(advice.at)})
                </Text>
              </Text>
              <Text size="xs" c="var(--cc-color-text-soft)" lh={1.5}>
                {advice.reason}
              </Text>
            </Stack>
          ) : adviceLoading ? (
            <Stack gap={6} aria-label="Loading the advice">
              <Skeleton height={14} width="70%" />
              <Skeleton height={10} />
              <Skeleton height={10} width="85%" />
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Pick a day and time: a Tuesday or Wednesday morning, their time, gets the most replies.
            </Text>
          )}
        </div>
        <SimpleGrid cols={{ base: 2, md: 1, xl: 2 }} spacing="sm">
          <DayInput
            id={fieldId("compose", "date")}
            label="Day"
            size="sm"
            leftSection={<IconCalendar size={16} stroke={1.7} />}
            value={date}
            error={error}
            onChange={(value) => onChange("date", value)}
          />
          <TimeOfDayInput
            id={fieldId("compose", "time")}
            label="Time"
            size="sm"
            leftSection={<IconClock size={16} stroke={1.7} />}
            value={time}
            error={Boolean(error)}
            onChange={(value) => onChange("time", value)}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-6}>
          Your time ({browserZone().replace(/_/g, " ")}).
          {advice && (
            <>
              {" "}
              <Button variant="subtle" size="compact-xs" onClick={onUseAdvice}>
                Use the advised time
              </Button>
            </>
          )}
        </Text>
        <Button
          variant="light"
          onClick={onSchedule}
          loading={scheduling}
          disabled={disabled !== null}
          title={disabled ?? undefined}
        >
          Schedule
        </Button>
      </Stack>
    </Paper>
  );
}
