import { Box, Container, Group, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A page's width and padding. */
export function Page({ children, size = "lg" }: { children: ReactNode; size?: "sm" | "md" | "lg" | "xl" }) {
  return (
    <Container size={size} px="xl" py="xl">
      {children}
    </Container>
  );
}

/** A page's title row: the title, something under it, and the actions on the right. */
export function PageHeader({
  title,
  below,
  actions,
}: {
  title: ReactNode;
  below?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md" wrap="wrap">
      <Stack gap={4} style={{ minWidth: "min(100%, 260px)", flex: 1 }}>
        <Title order={1} fz={28} style={{ letterSpacing: "-0.02em" }}>
          {title}
        </Title>
        {below && <Box>{below}</Box>}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
