import { Text } from "@mantine/core";
import { typedWhen } from "../../lib/datetime.js";

/**
 * The day and time typed into a form's inputs, written as chosen in Settings → Appearance: the
 * browser draws date and time inputs in its own language, so the form says back what they mean.
 */
export function WhenReadBack({ date, time }: { date: string; time: string }) {
  const when = typedWhen(date, time);
  if (!when) return null;
  return (
    <Text size="xs" c="dimmed" aria-live="polite" data-testid="when-read-back">
      That is {when}.
    </Text>
  );
}
