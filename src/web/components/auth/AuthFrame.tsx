import { Box, Center, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Brand } from "../Brand.js";

/** The frame of the sign-in pages: the brand, then one card with a title, a line under it, the form. */
export function AuthFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box
      component="main"
      id="main"
      mih="100vh"
      py={48}
      px="md"
      style={{ background: "var(--mantine-color-gray-0)" }}
    >
      <Center mb="lg">
        <Brand />
      </Center>
      <Paper withBorder radius="lg" p="xl" maw={440} mx="auto" shadow="xs">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} fz={24} style={{ letterSpacing: "-0.02em" }}>
              {title}
            </Title>
            {intro && (
              <Text c="dimmed" size="sm">
                {intro}
              </Text>
            )}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Box>
  );
}
