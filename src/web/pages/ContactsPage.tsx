import { Box, Button, Paper, Skeleton, Text, Tooltip } from "@mantine/core";
import { useDebouncedCallback, useHotkeys } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { searchTerms } from "../../core/text.js";
import { ContactFilterBar } from "../components/contacts/ContactFilterBar.js";
import { ContactList } from "../components/contacts/ContactList.js";
import { ContactListSkeleton } from "../components/contacts/ContactListSkeleton.js";
import { ContactsEmpty } from "../components/contacts/ContactsEmpty.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { useContactCount, useContactsInfinite } from "../hooks/contacts.js";
import { usePageSearchShortcut } from "../hooks/page-search.js";
import { toListParams, useContactFilters } from "../hooks/use-contact-filters.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { countLabel } from "../lib/format.js";

/** `/contacts`: everyone, searchable and filterable, thousands at a time. */
export function ContactsPage() {
  const navigate = useNavigate();
  const { filters, setFilters, clearFilters, hasFilters } = useContactFilters();
  const searchRef = useRef<HTMLInputElement>(null);

  // The search box answers at once; the URL (and the query) follow a moment later.
  const [search, setSearch] = useState(filters.q);
  const writeSearch = useDebouncedCallback((q: string) => setFilters({ q }), 250);
  const onSearchChange = (value: string) => {
    setSearch(value);
    if (value === "") {
      writeSearch.cancel();
      setFilters({ q: "" });
    } else writeSearch(value);
  };
  useEffect(() => {
    // The URL changed by itself (back button, "clear filters"): follow it.
    setSearch((current) => (current.trim() === filters.q.trim() ? current : filters.q));
  }, [filters.q]);

  usePageSearchShortcut(searchRef);
  useHotkeys([["n", () => navigate("/contacts/new")]]);

  const params = toListParams(filters);
  // New filters, new list: start at its top rather than somewhere in the old one.
  // (Not on arrival: coming back to the list keeps the place the user left it at.)
  const listKey = JSON.stringify(params);
  const shownKey = useRef(listKey);
  useEffect(() => {
    if (shownKey.current === listKey) return;
    shownKey.current = listKey;
    if (window.scrollY > 0) window.scrollTo({ top: 0 });
  }, [listKey]);
  const query = useContactsInfinite(params);
  const everyone = useContactCount();
  const contacts = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;
  const highlight = useMemo(() => searchTerms(filters.q), [filters.q]);
  const title = filters.archived === "true" ? "Archived contacts" : "Contacts";
  usePageTitle(filters.q ? `“${filters.q}” in contacts` : title);

  function clearAll() {
    writeSearch.cancel();
    setSearch("");
    clearFilters();
  }

  return (
    <Page size="xl">
      <PageHeader
        title={title}
        below={
          query.data ? (
            <Text c="dimmed" aria-live="polite" data-testid="contact-count">
              {countLabel(total, "contact")}
              {hasFilters ? " match" : ""}
            </Text>
          ) : query.isError ? null : (
            <Skeleton height={14} width={100} mt={6} radius="xl" />
          )
        }
        actions={
          <Tooltip label="Shortcut: N" withArrow openDelay={400}>
            <Button component={Link} to="/contacts/new" leftSection={<IconUserPlus size={18} />}>
              Add contact
            </Button>
          </Tooltip>
        }
      />
      <Box py="sm" mb="sm" className="sticky-toolbar">
        <ContactFilterBar
          search={search}
          onSearchChange={onSearchChange}
          searchRef={searchRef}
          filters={filters}
          setFilters={setFilters}
        />
      </Box>
      {query.isError && !query.data ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Could not load contacts"
        />
      ) : (
        <Paper
          withBorder
          radius="lg"
          style={{ overflow: "hidden", opacity: query.isPlaceholderData ? 0.6 : 1 }}
        >
          {query.isPending ? (
            <ContactListSkeleton />
          ) : contacts.length === 0 ? (
            <ContactsEmpty
              hasFilters={hasFilters}
              archivedView={filters.archived === "true"}
              hasArchived={(everyone.data ?? 0) > 0}
              onClearFilters={clearAll}
              onShowArchived={() => setFilters({ archived: "true" })}
            />
          ) : (
            <ContactList
              contacts={contacts}
              total={total}
              highlight={highlight}
              hasNextPage={query.hasNextPage}
              isFetchingNextPage={query.isFetchingNextPage}
              fetchNextPage={() => void query.fetchNextPage({ cancelRefetch: false })}
            />
          )}
        </Paper>
      )}
      {query.isFetchNextPageError && (
        <Box mt="md">
          <ErrorState
            error={query.error}
            onRetry={() => void query.fetchNextPage()}
            title="Could not load more contacts"
          />
        </Box>
      )}
    </Page>
  );
}
