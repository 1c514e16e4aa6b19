import { Box, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** What a quick add has added so far, newest first; says so when there is nothing yet. */
export function AddedList({
  label,
  empty,
  children,
}: {
  label: string;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <Box mt="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: "0.05em" }} mb={6}>
        {label}
      </Text>
      {children.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap={6} aria-label={label} style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {children}
        </Stack>
      )}
    </Box>
  );
}
