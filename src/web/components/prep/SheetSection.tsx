import { Box, Group, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** One part of the prep sheet: a small heading, an optional action beside it, the content. */
export function SheetSection({
  title,
  action,
  children,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box component="section" aria-label={title} className="prep-section">
      <Group justify="space-between" align="center" mb={8} gap="xs" wrap="nowrap">
        <Title order={2} fz="sm" c="var(--cc-text-accent)" tt="uppercase" style={{ letterSpacing: "0.06em" }}>
          {title}
        </Title>
        {action && <div className="no-print">{action}</div>}
      </Group>
      {children}
    </Box>
  );
}
