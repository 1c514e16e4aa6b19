import { Group, Paper, Skeleton, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconClockHour9 } from "@tabler/icons-react";
import { useSendTime } from "../../hooks/send-time.js";
import { longDateTime } from "../../lib/datetime.js";

/** When this person is most likely to read a request, and why (from the send-time advisor). */
export function SendTimeAdvice({ contactId }: { contactId: string }) {
  const advice = useSendTime(contactId);
  if (advice.isError) return null;
  return (
    <Paper
      radius="md"
      p="sm"
      bg="var(--mantine-color-coffee-light)"
      aria-live="polite"
      aria-label="When to send"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="white" radius="md" size={32} aria-hidden>
          <IconClockHour9 size={18} stroke={1.7} />
        </ThemeIcon>
        {advice.data ? (
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600}>
              When to send
            </Text>
            <Text size="xs" c="var(--cc-color-text-soft)" lh={1.5} title={longDateTime(advice.data.at)}>
              {advice.data.reason}
            </Text>
          </Stack>
        ) : (
          <Stack gap={6} style={{ flex: 1 }}>
            <Skeleton height={12} width="60%" />
            <Skeleton height={10} />
          </Stack>
        )}
      </Group>
    </Paper>
  );
}
