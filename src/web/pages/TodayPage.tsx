import { Button, Grid, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconCalendarPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import { DeferredTooltip } from "../components/DeferredTooltip.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { AgendaSectionList } from "../components/today/AgendaSectionList.js";
import { HabitCard } from "../components/today/HabitCard.js";
import { nextWeekMorning } from "../components/today/SnoozeMenu.js";
import { SuggestionCard } from "../components/today/SuggestionCard.js";
import { TodayEmpty } from "../components/today/TodayEmpty.js";
import { ZoneHint } from "../components/today/ZoneHint.js";
import { useAgenda } from "../hooks/agenda.js";
import { useAgendaActions } from "../hooks/use-agenda-actions.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { dayHeading } from "../lib/datetime.js";
import { countLabel } from "../lib/format.js";

/** `/today`: what is due, overdue first, each with the one click that does it; the habit; whom to ask next. */
export function TodayPage() {
  usePageTitle("Today");
  const navigate = useNavigate();
  const agenda = useAgenda();
  const { run, snoozeItem } = useAgendaActions(() => nextWeekMorning());
  useHotkeys([["n", () => navigate("/conversations/new")]]);

  const plan = (
    <DeferredTooltip label="Shortcut: N" withArrow openDelay={400}>
      <Button component={Link} to="/conversations/new" leftSection={<IconCalendarPlus size={18} />}>
        Plan a conversation
      </Button>
    </DeferredTooltip>
  );

  if (agenda.isError && !agenda.data) {
    return (
      <Page size="xl">
        <PageHeader title="Today" actions={plan} />
        <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} title="Could not load today" />
      </Page>
    );
  }
  if (!agenda.data) return <TodaySkeleton action={plan} />;

  const data = agenda.data;
  const now = new Date();
  const section = (id: string) => data.sections.find((s) => s.id === id);
  const dueCount = (section("overdue")?.items.length ?? 0) + (section("today")?.items.length ?? 0);
  const upcoming = section("upcoming")?.items.length ?? 0;
  const visible = data.sections.filter((s) => s.items.length > 0 && (s.id !== "upcoming" || dueCount > 0));

  return (
    <Page size="xl">
      <PageHeader
        title="Today"
        below={
          <Text c="dimmed" aria-live="polite">
            {dayHeading(data.date)} ·{" "}
            {dueCount === 0 ? "nothing due" : `${countLabel(dueCount, "thing")} to do`}
          </Text>
        }
        actions={plan}
      />
      <ZoneHint />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            {dueCount === 0 && (
              <Paper withBorder radius="lg">
                <TodayEmpty upcoming={upcoming} />
              </Paper>
            )}
            {(dueCount === 0
              ? data.sections.filter((s) => s.id === "upcoming" && s.items.length > 0)
              : visible
            ).map((s) => (
              <AgendaSectionList
                key={s.id}
                section={s}
                now={now}
                timeZone={data.timeZone}
                onAction={run}
                onSnooze={snoozeItem}
              />
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <HabitCard habit={data.habit} />
            <SuggestionCard suggestion={data.suggestion} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}

function TodaySkeleton({ action }: { action: ReactNode }) {
  return (
    <Page size="xl">
      <PageHeader
        title="Today"
        below={<Skeleton height={14} width={220} mt={6} radius="xl" />}
        actions={action}
      />
      <Grid gap="xl" aria-busy="true" aria-label="Loading today">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Skeleton height={14} width={90} radius="xl" />
            <Skeleton height={128} radius="lg" />
            <Skeleton height={128} radius="lg" />
            <Skeleton height={128} radius="lg" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Skeleton height={150} radius="lg" />
            <Skeleton height={180} radius="lg" />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
