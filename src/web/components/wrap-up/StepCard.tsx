import { Group, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** One step of the wrap-up: its number (or a tick once done), a title, a line of why, the content. */
export function StepCard({
  step,
  title,
  hint,
  done = false,
  children,
}: {
  step: number;
  title: string;
  hint?: ReactNode;
  done?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={title}>
      <Group gap="md" align="flex-start" wrap="nowrap">
        <ThemeIcon
          radius="xl"
          size={30}
          variant={done ? "filled" : "light"}
          color={done ? "teal" : "coffee"}
          aria-hidden
        >
          {done ? (
            <IconCheck size={16} />
          ) : (
            <Text fw={700} size="sm">
              {step}
            </Text>
          )}
        </ThemeIcon>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Title order={2} fz="lg" lh={1.3}>
            {title}
          </Title>
          {hint && (
            <Text size="sm" c="dimmed" mb="md">
              {hint}
            </Text>
          )}
          {!hint && <div style={{ height: 12 }} />}
          {children}
        </div>
      </Group>
    </Paper>
  );
}
