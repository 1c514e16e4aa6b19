import { Box, Group, Skeleton, Stack } from "@mantine/core";
import { CONTACT_ROW_HEIGHT } from "./ContactRow.js";

/** Grey rows standing in for contacts while they load. */
export function ContactListSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Box aria-busy="true" aria-label="Loading contacts">
      {Array.from({ length: rows }, (_, index) => (
        <Group
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          key={index}
          h={CONTACT_ROW_HEIGHT}
          px="lg"
          gap="md"
          wrap="nowrap"
          style={{ borderBottom: "1px solid var(--cc-color-line)" }}
        >
          <Skeleton circle height={38} />
          <Stack gap={8} style={{ flex: 1 }}>
            <Skeleton height={12} width={`${30 + ((index * 17) % 25)}%`} radius="xl" />
            <Skeleton height={10} width={`${45 + ((index * 23) % 30)}%`} radius="xl" />
          </Stack>
          <Skeleton height={18} width={64} radius="sm" visibleFrom="md" />
        </Group>
      ))}
    </Box>
  );
}
