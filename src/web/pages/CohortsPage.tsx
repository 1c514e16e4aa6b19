import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { HostedOnly } from "../components/centre/HostedOnly.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { useCohorts, useCreateCohort } from "../hooks/centre.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { countLabel } from "../lib/format.js";

function NewCohortForm() {
  const create = useCreateCohort();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError("Give the cohort a name.");
    try {
      const cohort = await create.mutateAsync(name.trim());
      navigate(`/cohorts/${cohort.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The cohort was not created.");
    }
  }
  return (
    <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit}>
      <Group align="flex-start" gap="sm">
        <TextInput
          label="New cohort"
          placeholder="e.g. PhD careers, spring 2027"
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          style={{ flex: 1 }}
          maxLength={120}
        />
        <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={create.isPending}>
          Create cohort
        </Button>
      </Group>
    </Paper>
  );
}

/** `/cohorts`: the cohorts an advisor leads, and a new one. */
export function CohortsPage() {
  usePageTitle("Cohorts");
  const cohorts = useCohorts();
  const led = (cohorts.data?.items ?? []).filter((c) => c.inviteCode !== null);
  return (
    <Page size="lg">
      <PageHeader
        title="Cohorts"
        below={
          <Text c="gray.7">
            Groups of students you coach. Each student decides what you see of their progress.
          </Text>
        }
      />
      <HostedOnly what="Cohorts">
        <Stack gap="lg">
          <NewCohortForm />
          {cohorts.isError ? (
            <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />
          ) : cohorts.isPending ? (
            <Skeleton height={80} radius="lg" aria-label="Loading your cohorts" />
          ) : led.length === 0 ? (
            <Text c="gray.7">You lead no cohort yet. Name one above to get its invitation link.</Text>
          ) : (
            <Paper withBorder radius="lg" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {led.map((cohort) => (
                <Group component="li" key={cohort.id} justify="space-between" px="lg" py="sm">
                  <Anchor component={Link} to={`/cohorts/${cohort.id}`} fw={600}>
                    {cohort.name}
                  </Anchor>
                  <Text size="sm" c="gray.7">
                    {countLabel(cohort.members ?? 0, "member")}
                  </Text>
                </Group>
              ))}
            </Paper>
          )}
        </Stack>
      </HostedOnly>
    </Page>
  );
}
