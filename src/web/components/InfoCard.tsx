import { Paper, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A titled card of a detail page. */
export function InfoCard({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={title}>
      <Title
        order={2}
        fz="sm"
        c="dimmed"
        tt="uppercase"
        mb="md"
        style={{ letterSpacing: "0.06em", display: "flex", justifyContent: "space-between" }}
      >
        {title}
        {action}
      </Title>
      {children}
    </Paper>
  );
}
