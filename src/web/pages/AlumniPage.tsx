import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { AlumniCard } from "../components/alumni/AlumniCard.js";
import { AlumniProfileEditor } from "../components/alumni/AlumniProfileEditor.js";
import { HostedOnly } from "../components/centre/HostedOnly.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { useAlumniSearch, useMyAlumniProfile } from "../hooks/alumni.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { countLabel } from "../lib/format.js";

function Directory() {
  const [filters, setFilters] = useState({ topic: "", organization: "", role: "" });
  const [debounced] = useDebouncedValue(filters, 300);
  const results = useAlumniSearch(debounced);
  const set = (key: keyof typeof filters) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setFilters({ ...filters, [key]: event.currentTarget.value });
  const items = results.data?.items ?? [];
  const filtered = Object.values(debounced).some((v) => v.trim());
  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="lg" role="search" aria-label="Search the directory">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Topic"
            placeholder="e.g. data science"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={filters.topic}
            onChange={set("topic")}
          />
          <TextInput
            label="Organisation"
            placeholder="e.g. Northwind"
            value={filters.organization}
            onChange={set("organization")}
          />
          <TextInput label="Role" placeholder="e.g. engineer" value={filters.role} onChange={set("role")} />
        </SimpleGrid>
      </Paper>
      {results.isError ? (
        <ErrorState
          error={results.error}
          onRetry={() => void results.refetch()}
          title="Could not search the directory"
        />
      ) : results.isPending ? (
        <Skeleton height={160} radius="lg" aria-label="Loading the directory" />
      ) : items.length === 0 ? (
        <Paper withBorder radius="lg" p="xl">
          <Text fw={600}>{filtered ? "Nobody matches this search" : "The directory is empty so far"}</Text>
          <Text size="sm" c="gray.7">
            {filtered
              ? "Try a shorter word, or search by another topic."
              : "Alumni and volunteers of the centre appear here once they opt in. Are you one? Add your profile below."}
          </Text>
        </Paper>
      ) : (
        <>
          <Text size="sm" c="gray.7" aria-live="polite">
            {countLabel(items.length, "person", "people")} found. Please choose someone who is not resting, so
            that requests spread out.
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {items.map((entry) => (
              <AlumniCard key={entry.id} entry={entry} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function MyProfile() {
  const mine = useMyAlumniProfile();
  const [open, setOpen] = useState(false);
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return <Skeleton height={80} radius="lg" aria-label="Loading your profile" />;
  const profile = mine.data.profile;
  if (!profile && !open)
    return (
      <Paper withBorder radius="lg" p="lg">
        <Group justify="space-between">
          <Text size="sm">
            Are you an alum or a volunteer of the centre? Offer a little of your time to students.
          </Text>
          <Button variant="light" onClick={() => setOpen(true)}>
            Add my profile
          </Button>
        </Group>
      </Paper>
    );
  return <AlumniProfileEditor key={profile?.updatedAt ?? "new"} profile={profile} />;
}

/** `/alumni`: the centre's alumni and volunteers, and my own profile among them. */
export function AlumniPage() {
  usePageTitle("Alumni directory");
  return (
    <Page size="lg">
      <PageHeader
        title="Alumni directory"
        below={
          <Text c="gray.7">
            Alumni and volunteers of your centre who are glad to talk. Each welcomes a few requests a month.
          </Text>
        }
      />
      <HostedOnly what="The alumni directory and its profiles">
        <Stack gap="xl">
          <Directory />
          <Stack gap="sm" component="section" aria-labelledby="my-profile">
            <Title order={2} fz="xl" id="my-profile">
              My profile
            </Title>
            <MyProfile />
          </Stack>
        </Stack>
      </HostedOnly>
    </Page>
  );
}
