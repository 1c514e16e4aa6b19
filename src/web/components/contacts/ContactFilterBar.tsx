import { CloseButton, Group, Kbd, SegmentedControl, Select, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import type { RefObject } from "react";
import type { ContactSort } from "../../../core/contact.schema.js";
import { CONTACT_SOURCES, SOURCE_LABELS } from "../../../core/contact-fields.js";
import type { ArchivedFilter } from "../../api/types.js";
import { useTags } from "../../hooks/tags.js";
import type { ContactFilters } from "../../hooks/use-contact-filters.js";
import { OrganizationSelect } from "../organizations/OrganizationSelect.js";

const SORT_OPTIONS: { value: ContactSort; label: string }[] = [
  { value: "name", label: "Name, A to Z" },
  { value: "-name", label: "Name, Z to A" },
  { value: "-created", label: "Newest first" },
  { value: "created", label: "Oldest first" },
  { value: "-updated", label: "Recently updated" },
  { value: "updated", label: "Least recently updated" },
];

const SOURCE_OPTIONS = CONTACT_SOURCES.map((source) => ({ value: source, label: SOURCE_LABELS[source] }));

interface ContactFilterBarProps {
  search: string;
  onSearchChange: (value: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  filters: ContactFilters;
  setFilters: (patch: Partial<ContactFilters>) => void;
}

/** Search, filters and sort of the contact list. */
export function ContactFilterBar({
  search,
  onSearchChange,
  searchRef,
  filters,
  setFilters,
}: ContactFilterBarProps) {
  const tags = useTags();
  const tagOptions = (tags.data ?? []).map((tag) => ({
    value: tag.name,
    label: `${tag.name} (${tag.contactCount})`,
  }));
  if (filters.tag && !tagOptions.some((option) => option.value === filters.tag)) {
    tagOptions.unshift({ value: filters.tag, label: filters.tag });
  }

  return (
    <search aria-label="Search and filter contacts">
      <TextInput
        ref={searchRef}
        type="search"
        size="md"
        aria-label="Search contacts"
        placeholder="Search by name, e-mail, title, organisation or place"
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && search) {
            event.preventDefault();
            onSearchChange("");
          }
        }}
        leftSection={<IconSearch size={18} stroke={1.7} />}
        rightSection={
          search ? (
            <CloseButton aria-label="Clear search" onClick={() => onSearchChange("")} />
          ) : (
            <Kbd size="sm" aria-hidden>
              /
            </Kbd>
          )
        }
        mb="sm"
      />
      <Group gap="sm" wrap="wrap" align="center">
        <Select
          aria-label="Filter by tag"
          placeholder="All tags"
          data={tagOptions}
          value={filters.tag || null}
          onChange={(tag) => setFilters({ tag: tag ?? "" })}
          searchable
          clearable
          nothingFoundMessage="No such tag"
          w={{ base: "calc(50% - 6px)", sm: 150 }}
        />
        <Select
          aria-label="Filter by source"
          placeholder="All sources"
          data={SOURCE_OPTIONS}
          value={filters.source || null}
          onChange={(source) => setFilters({ source: source ?? "" })}
          clearable
          w={{ base: "calc(50% - 6px)", sm: 170 }}
          comboboxProps={{ width: 260, position: "bottom-start" }}
        />
        <OrganizationSelect
          aria-label="Filter by organisation"
          placeholder="All organisations"
          value={filters.organizationId}
          onChange={(organizationId) => setFilters({ organizationId })}
          w={{ base: "calc(50% - 6px)", sm: 190 }}
        />
        <SegmentedControl
          aria-label="Which contacts"
          value={filters.archived}
          onChange={(archived) => setFilters({ archived: archived as ArchivedFilter })}
          data={[
            { value: "false", label: "Active" },
            { value: "true", label: "Archived" },
            { value: "all", label: "All" },
          ]}
        />
        <Select
          aria-label="Sort by"
          data={SORT_OPTIONS}
          value={filters.sort}
          onChange={(sort) => setFilters({ sort: (sort as ContactSort | null) ?? "name" })}
          allowDeselect={false}
          w={{ base: "calc(50% - 6px)", sm: 180 }}
          ml="auto"
          comboboxProps={{ width: 220, position: "bottom-end" }}
        />
      </Group>
    </search>
  );
}
