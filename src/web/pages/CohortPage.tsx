import { Anchor, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { CohortFunnel } from "../components/centre/CohortFunnel.js";
import { HostedOnly } from "../components/centre/HostedOnly.js";
import { InvitationLink } from "../components/centre/InvitationLink.js";
import { StudentTable } from "../components/centre/StudentTable.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { useCohortProgress } from "../hooks/centre.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { countLabel } from "../lib/format.js";

function Dashboard({ id }: { id: string }) {
  const progress = useCohortProgress(id);
  usePageTitle(progress.data?.cohort.name ?? "Cohort");
  if (progress.isError)
    return (
      <ErrorState
        error={progress.error}
        onRetry={() => void progress.refetch()}
        title="Could not load this cohort"
      />
    );
  if (!progress.data) return <Skeleton height={240} radius="lg" aria-label="Loading the cohort" />;
  const { cohort, students, notSharing, funnel } = progress.data;
  const flagged = students.filter((s) => s.flags.length > 0).length;
  return (
    <>
      <PageHeader
        title={cohort.name}
        below={
          <Text c="gray.7">
            {countLabel(students.length, "student")} {students.length === 1 ? "shares" : "share"} their
            figures
            {notSharing > 0
              ? `, ${countLabel(notSharing, "member")} ${notSharing === 1 ? "shares" : "share"} nothing`
              : ""}
            {flagged > 0 ? `; ${countLabel(flagged, "student")} may need a word from you` : ""}.
          </Text>
        }
      />
      <Stack gap="lg">
        <InvitationLink cohortId={cohort.id} />
        {students.length === 0 ? (
          <Paper withBorder radius="lg" p="xl">
            <Text fw={600}>No figures to show yet</Text>
            <Text size="sm" c="gray.7">
              Students appear here once they join with the link and choose to share their counts. Those who
              share nothing are only counted, never shown.
            </Text>
          </Paper>
        ) : (
          <StudentTable students={students} />
        )}
        <CohortFunnel funnel={funnel} />
        <Text size="sm" c="gray.7">
          Each time you open this page, the students whose figures you see can find the visit in their own
          record. You never see the names of their contacts, their notes or their messages.
        </Text>
      </Stack>
    </>
  );
}

/** `/cohorts/:id`: an advisor's dashboard of one cohort. */
export function CohortPage() {
  const { id = "" } = useParams();
  return (
    <Page size="xl">
      <Group mb="sm">
        <Anchor component={Link} to="/cohorts" size="sm" c="coffee.9">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            All cohorts
          </Group>
        </Anchor>
      </Group>
      <HostedOnly what="Cohorts">
        <Dashboard id={id} />
      </HostedOnly>
    </Page>
  );
}
