import {
  Box,
  Button,
  CloseButton,
  EmptyState,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconBuilding, IconSearch } from "@tabler/icons-react";
import { useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import type { ArchivedFilter } from "../api/types.js";
import { ContactListSkeleton } from "../components/contacts/ContactListSkeleton.js";
import { ErrorState } from "../components/ErrorState.js";
import { OrganizationRow } from "../components/organizations/OrganizationRow.js";
import { Page, PageHeader } from "../components/Page.js";
import { useOrganizationsInfinite } from "../hooks/organizations.js";
import { usePageSearchShortcut } from "../hooks/page-search.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { countLabel } from "../lib/format.js";

/** `/organizations`: where my contacts work, with how many of them. */
export function OrganizationsPage() {
  usePageTitle("Organisations");
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const archivedParam = params.get("archived");
  const archived: ArchivedFilter =
    archivedParam === "true" || archivedParam === "all" ? archivedParam : "false";
  const searchRef = useRef<HTMLInputElement>(null);
  usePageSearchShortcut(searchRef);

  const [search, setSearch] = useState(q);
  const setParam = (name: string, value: string, fallback = "") =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === fallback) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const writeSearch = useDebouncedCallback((value: string) => setParam("q", value.trim()), 250);
  const onSearchChange = (value: string) => {
    setSearch(value);
    writeSearch(value);
  };

  const query = useOrganizationsInfinite({ q: q || undefined, archived });
  const organizations = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;

  return (
    <Page size="lg">
      <PageHeader
        title="Organisations"
        below={
          query.data ? (
            <Text c="dimmed" aria-live="polite">
              {countLabel(total, "organisation")}
            </Text>
          ) : (
            <Skeleton height={14} width={120} mt={6} radius="xl" />
          )
        }
      />
      <Group gap="sm" mb="md" align="center" role="search" aria-label="Search organisations">
        <TextInput
          ref={searchRef}
          type="search"
          aria-label="Search organisations"
          placeholder="Search organisations"
          value={search}
          onChange={(event) => onSearchChange(event.currentTarget.value)}
          leftSection={<IconSearch size={16} stroke={1.7} />}
          rightSection={
            search ? <CloseButton aria-label="Clear search" onClick={() => onSearchChange("")} /> : null
          }
          style={{ flex: 1 }}
        />
        <SegmentedControl
          aria-label="Which organisations"
          value={archived}
          onChange={(value) => setParam("archived", value, "false")}
          data={[
            { value: "false", label: "Active" },
            { value: "true", label: "Archived" },
            { value: "all", label: "All" },
          ]}
        />
      </Group>
      {query.isError && !query.data ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Could not load organisations"
        />
      ) : (
        <Paper
          withBorder
          radius="lg"
          style={{ overflow: "hidden", opacity: query.isPlaceholderData ? 0.6 : 1 }}
        >
          {query.isPending ? (
            <ContactListSkeleton rows={6} />
          ) : organizations.length === 0 ? (
            <EmptyState
              py={56}
              icon={<IconBuilding size={28} stroke={1.5} />}
              withIndicatorBackground
              title={q ? "No organisation matches" : "No organisations yet"}
              description={
                q
                  ? "Try another name."
                  : "Organisations appear here when you give a contact one, so you can see who works where."
              }
            />
          ) : (
            <Box component="ul" aria-label="Organisations" m={0} p={0} style={{ listStyle: "none" }}>
              {organizations.map((organization) => (
                <OrganizationRow key={organization.id} organization={organization} />
              ))}
            </Box>
          )}
        </Paper>
      )}
      {query.hasNextPage && (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            Show more
          </Button>
        </Group>
      )}
    </Page>
  );
}
