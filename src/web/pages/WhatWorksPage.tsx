// The charts' styles come with the pages that draw charts, not with every page's first paint.
import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import {
  Anchor,
  EmptyState,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { RateBars } from "../components/analytics/RateBars.js";
import { MUTED, percent, RateTable } from "../components/analytics/RateTable.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { useAnalytics } from "../hooks/analytics.js";
import { usePageTitle } from "../hooks/use-page-title.js";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={title}>
      <Title order={2} fz="lg" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** `/what-works`: what my own record says gets replies and conversations. */
export function WhatWorksPage() {
  usePageTitle("What works");
  const query = useAnalytics();
  const a = query.data;
  return (
    <Page size="lg">
      <PageHeader
        title="What works"
        below={<Text c={MUTED}>What your own record says gets replies and conversations.</Text>}
      />
      {query.isError && !a ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Could not load your figures"
        />
      ) : !a ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading">
          <Skeleton height={220} radius="lg" />
          <Skeleton height={220} radius="lg" />
        </Stack>
      ) : a.replies.sent === 0 && (a.funnel[0]?.count ?? 0) === 0 ? (
        <EmptyState
          py={56}
          icon={<IconChartBar size={28} stroke={1.5} />}
          withIndicatorBackground
          title="Nothing to show yet"
          description="Once you send requests and hold conversations, this page shows how many people reply, on which weekdays and hours (on their clock), with which templates, channels and sources, how your weeks compare with your habit, and whom you could give back to."
        />
      ) : (
        <Stack gap="lg">
          <Section title="From asking to staying in touch">
            <div role="img" aria-label={`Funnel: ${a.funnel.map((s) => `${s.label} ${s.count}`).join(", ")}`}>
              <BarChart
                h={200}
                data={a.funnel.map((s) => ({ step: s.label, Conversations: s.count }))}
                dataKey="step"
                series={[{ name: "Conversations", color: "teal.6" }]}
                withTooltip={false}
              />
            </div>
            <Table withTableBorder verticalSpacing="xs" fz="sm" mt="sm">
              <Table.Caption c={MUTED}>The funnel: each step of the step before</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Step</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Conversations
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Of the step before
                  </Table.Th>
                  <Table.Th scope="col">Note</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.funnel.map((s) => (
                  <Table.Tr key={s.step}>
                    <Table.Th scope="row">{s.label}</Table.Th>
                    <Table.Td ta="right">{s.count}</Table.Td>
                    <Table.Td ta="right">{s.rate === null ? "" : percent(s.rate)}</Table.Td>
                    <Table.Td c={MUTED}>{s.note ?? ""}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section title="Replies">
            <Text mb="sm">
              {a.replies.replied} of {a.replies.sent} requests got a reply ({percent(a.replies.rate)})
              {a.replies.medianDaysToReply !== null &&
                `; half of the replies came within ${a.replies.medianDaysToReply} days`}
              .
            </Text>
            <Text size="sm" c={MUTED} mb="md">
              {a.replies.zoneNote}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <RateBars title="Reply rate by weekday sent" rows={a.replies.byWeekday} what="Weekday" />
              <RateBars title="Reply rate by hour sent" rows={a.replies.byHour} what="Hour" />
            </SimpleGrid>
          </Section>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            <Section title="By template">
              <RateTable caption="Reply rate by template" rows={a.replies.byTemplate} what="Template" />
            </Section>
            <Section title="By channel">
              <RateTable caption="Reply rate by channel" rows={a.replies.byChannel} what="Channel" />
            </Section>
            <Section title="By source">
              <RateTable
                caption="Reply rate by where you found them"
                rows={a.replies.bySource}
                what="Source"
              />
            </Section>
          </SimpleGrid>
          <Section title="Conversations per week">
            <Text mb="sm">
              {a.habit.thisWeek} of {a.habit.perWeek} this week; {a.habit.averagePerWeek} a week over the last{" "}
              {a.habit.weeks.length} weeks; a streak of {a.habit.streakWeeks} week
              {a.habit.streakWeeks === 1 ? "" : "s"}.
            </Text>
            <div
              role="img"
              aria-label={`Conversations held per week: ${a.habit.weeks.map((w) => `week of ${w.weekStart} ${w.held}`).join(", ")}; the habit is ${a.habit.perWeek} a week`}
            >
              <BarChart
                h={180}
                data={a.habit.weeks.map((w) => ({ week: w.weekStart.slice(5), Held: w.held }))}
                dataKey="week"
                series={[{ name: "Held", color: "indigo.6" }]}
                referenceLines={[{ y: a.habit.perWeek, label: "Habit", color: "orange.7" }]}
                withTooltip={false}
              />
            </div>
          </Section>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Section title="Where conversations came from">
              {a.sources.length === 0 ? (
                <Text size="sm" c={MUTED}>
                  No people yet.
                </Text>
              ) : (
                <Table withTableBorder verticalSpacing="xs" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Source</Table.Th>
                      <Table.Th scope="col" ta="right">
                        People
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        Met
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        Conversations
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {a.sources.map((s) => (
                      <Table.Tr key={`${s.source}`}>
                        <Table.Th scope="row" fw={500}>
                          {s.label}
                        </Table.Th>
                        <Table.Td ta="right">{s.people}</Table.Td>
                        <Table.Td ta="right">{s.peopleMet}</Table.Td>
                        <Table.Td ta="right">{s.conversations}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              <Title order={3} fz="md" mt="md" mb="xs">
                Introducers
              </Title>
              {a.introducers.length === 0 ? (
                <Text size="sm" c={MUTED}>
                  Nobody has introduced anyone yet.
                </Text>
              ) : (
                <List spacing={4} size="sm">
                  {a.introducers.map((i) => (
                    <List.Item key={i.contactId}>
                      <Anchor component={Link} to={`/contacts/${i.contactId}`}>
                        {i.name}
                      </Anchor>{" "}
                      introduced {i.introduced}, you met {i.peopleMet}
                    </List.Item>
                  ))}
                </List>
              )}
            </Section>
            <Section title="Only taken from">
              {a.giveBack.length === 0 ? (
                <Text size="sm" c={MUTED}>
                  Nobody: you have given back to everyone you took from lately.
                </Text>
              ) : (
                <List spacing="xs" size="sm">
                  {a.giveBack.map((g) => (
                    <List.Item key={g.contactId}>
                      <Anchor component={Link} to={`/contacts/${g.contactId}`} fw={500}>
                        {g.contactName}
                      </Anchor>
                      <Text size="sm" c={MUTED}>
                        {g.reason}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
              <Title order={3} fz="md" mt="md" mb="xs">
                Goals by decision
              </Title>
              <List spacing={4} size="sm">
                {a.goals.map((g) => (
                  <List.Item key={g.decision}>
                    {g.label}: {g.count}
                    {g.goals.length > 0 && (
                      <Text span c={MUTED}>
                        {" "}
                        ({g.goals.map((x) => x.title).join(", ")})
                      </Text>
                    )}
                  </List.Item>
                ))}
              </List>
            </Section>
          </SimpleGrid>
        </Stack>
      )}
    </Page>
  );
}
