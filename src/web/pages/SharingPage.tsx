import { Anchor, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { Cohort } from "../api/types.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { HostedOnly } from "../components/centre/HostedOnly.js";
import { SharingChoice } from "../components/centre/SharingChoice.js";
import { SharingExplainer } from "../components/centre/SharingExplainer.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { useAdvisorReads, useCohorts, useLeaveCohort, useSetSharing } from "../hooks/centre.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { formatDate, formatDateTime } from "../lib/format.js";
import { useToast } from "../lib/toast-context.js";

function Membership({ cohort }: { cohort: Cohort }) {
  const setSharing = useSetSharing();
  const leave = useLeaveCohort();
  const toast = useToast();
  const [leaving, setLeaving] = useState(false);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={cohort.name}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} fz="lg">
            {cohort.name}
          </Title>
          <Text size="sm" c="gray.7">
            Joined {formatDate(cohort.joinedAt)}
          </Text>
        </div>
        <Button variant="default" color="red" onClick={() => setLeaving(true)}>
          Leave cohort
        </Button>
      </Group>
      <SharingChoice
        label="What the advisor sees"
        value={cohort.mySharing ?? "none"}
        disabled={setSharing.isPending}
        onChange={(sharing) =>
          setSharing.mutate(
            { id: cohort.id, sharing },
            {
              onSuccess: () =>
                toast({ message: "Saved: your advisor sees this from now on.", color: "green" }),
              onError: (e) => toast({ message: e.message, color: "red" }),
            },
          )
        }
      />
      <ConfirmDialog
        opened={leaving}
        title={`Leave ${cohort.name}?`}
        message="Your advisor will no longer see anything of you in this cohort. You can join again with the link."
        confirmLabel="Leave cohort"
        loading={leave.isPending}
        onClose={() => setLeaving(false)}
        onConfirm={() =>
          leave.mutate(cohort.id, {
            onSuccess: () => toast({ message: `You left ${cohort.name}.` }),
            onError: (e) => toast({ message: e.message, color: "red" }),
            onSettled: () => setLeaving(false),
          })
        }
      />
    </Paper>
  );
}

function WhoLooked() {
  const reads = useAdvisorReads();
  if (reads.isError) return <ErrorState error={reads.error} onRetry={() => void reads.refetch()} />;
  if (!reads.data) return <Skeleton height={80} radius="lg" aria-label="Loading who looked" />;
  if (reads.data.items.length === 0)
    return <Text c="gray.7">No advisor has looked at your figures yet.</Text>;
  return (
    <Paper withBorder radius="lg" style={{ overflowX: "auto" }}>
      <Table verticalSpacing="xs" horizontalSpacing="md" aria-label="Who looked at my progress">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Advisor</Table.Th>
            <Table.Th scope="col">Cohort</Table.Th>
            <Table.Th scope="col">What they saw</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reads.data.items.map((read) => (
            <Table.Tr key={`${read.at}-${read.cohortName}-${read.advisorName}`}>
              <Table.Td>{formatDateTime(read.at)}</Table.Td>
              <Table.Td>{read.advisorName}</Table.Td>
              <Table.Td>{read.cohortName}</Table.Td>
              <Table.Td>{read.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** `/sharing`: a student's cohorts, what each advisor sees, and every time they looked. */
export function SharingPage() {
  usePageTitle("Sharing with advisors");
  const cohorts = useCohorts();
  const joined = (cohorts.data?.items ?? []).filter((c) => c.mySharing !== null);
  return (
    <Page size="md">
      <PageHeader
        title="Sharing with advisors"
        below={<Text c="gray.7">You decide what the advisor of each of your cohorts sees.</Text>}
      />
      <HostedOnly what="Cohorts">
        <Stack gap="xl">
          <Paper withBorder radius="lg" p="lg">
            <SharingExplainer />
          </Paper>
          <Stack gap="md">
            <Title order={2} fz="xl">
              My cohorts
            </Title>
            {cohorts.isError ? (
              <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />
            ) : cohorts.isPending ? (
              <Skeleton height={120} radius="lg" aria-label="Loading your cohorts" />
            ) : joined.length === 0 ? (
              <Text c="gray.7">
                You are in no cohort. Your advisor sends you a link to join one; you can also{" "}
                <Anchor component={Link} to="/cohorts/join">
                  paste its code
                </Anchor>
                .
              </Text>
            ) : (
              joined.map((cohort) => <Membership key={cohort.id} cohort={cohort} />)
            )}
          </Stack>
          <Stack gap="md">
            <Title order={2} fz="xl">
              Who looked at my progress
            </Title>
            <WhoLooked />
          </Stack>
        </Stack>
      </HostedOnly>
    </Page>
  );
}
