import { Loader, Paper, Stack, Text } from "@mantine/core";

/** While the server reads or writes: one spinner and what it is doing. */
export function ImportProgress({ label, hint }: { label: string; hint: string }) {
  return (
    <Paper withBorder radius="lg" p="xl" role="status" aria-live="polite" aria-busy="true">
      <Stack align="center" gap="sm" py="lg">
        <Loader size="lg" type="dots" aria-hidden />
        <Text fw={600} fz="lg">
          {label}
        </Text>
        <Text size="sm" c="dimmed" ta="center" maw={420}>
          {hint}
        </Text>
      </Stack>
    </Paper>
  );
}
