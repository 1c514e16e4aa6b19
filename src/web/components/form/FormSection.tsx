import { Grid, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A titled group of fields: the title and a hint on the left, the fields on the right. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="lg" p="xl" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Title order={2} fz="md" component="legend" style={{ float: "left", padding: 0 }}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={4} style={{ clear: "left" }}>
              {description}
            </Text>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">{children}</Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
