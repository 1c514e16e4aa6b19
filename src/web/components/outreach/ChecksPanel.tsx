import { Badge, Group, List, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from "@tabler/icons-react";
import type { CheckLevel, OutreachCheck } from "../../../core/outreach-checks.js";
import { sortChecks, summarizeChecks } from "../../lib/outreach.js";

const LEVELS: Record<CheckLevel, { color: string; icon: typeof IconCircleCheck; label: string }> = {
  ok: { color: "green", icon: IconCircleCheck, label: "Good" },
  warn: { color: "yellow", icon: IconAlertTriangle, label: "Consider" },
  fail: { color: "red", icon: IconCircleX, label: "Fix" },
};

/** The draft's checks as it is typed: problems first, each with its icon, colour and one line. */
export function ChecksPanel({ checks }: { checks: readonly OutreachCheck[] }) {
  const summary = summarizeChecks(checks);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="checks-heading">
      <Group justify="space-between" gap="xs" mb="sm" wrap="nowrap">
        <Title order={2} fz="md" id="checks-heading">
          Checks
        </Title>
        {checks.length > 0 && (
          <Badge
            variant="light"
            color={LEVELS[summary.level].color}
            radius="sm"
            tt="none"
            fw={600}
            data-testid="checks-summary"
            aria-live="polite"
          >
            {summary.text}
          </Badge>
        )}
      </Group>
      {checks.length === 0 ? (
        <Text size="sm" c="dimmed">
          Once there is a draft, it is checked as you type: length, how you are connected, one clear ask, the
          time and formats offered, and no job request.
        </Text>
      ) : (
        <List spacing="sm" listStyleType="none" p={0} aria-label="Checks of the draft">
          {sortChecks(checks).map((check) => {
            const level = LEVELS[check.level];
            return (
              <List.Item
                key={check.id}
                data-check={check.id}
                data-level={check.level}
                icon={
                  <ThemeIcon variant="light" color={level.color} size={24} radius="xl">
                    <level.icon size={16} stroke={1.8} aria-hidden />
                  </ThemeIcon>
                }
                styles={{ itemWrapper: { alignItems: "flex-start" }, itemLabel: { minWidth: 0 } }}
              >
                <Text size="sm" lh={1.45} c={check.level === "ok" ? "var(--cc-color-text-soft)" : undefined}>
                  <Text span className="visually-hidden">
                    {level.label}:{" "}
                  </Text>
                  {check.message}
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
    </Paper>
  );
}
