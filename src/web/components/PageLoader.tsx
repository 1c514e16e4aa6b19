import { Skeleton, Stack } from "@mantine/core";

/** While a page's code or first data arrives: the page's outline (a title and a few cards). */
export function PageLoader() {
  return (
    <Stack gap="md" p="md" maw={960} mx="auto" aria-busy="true" aria-label="Loading">
      <Skeleton height={28} width="40%" radius="sm" />
      <Skeleton height={14} width="60%" radius="sm" />
      <Skeleton height={88} radius="md" />
      <Skeleton height={88} radius="md" />
      <Skeleton height={88} radius="md" />
    </Stack>
  );
}
