import { Button, Group, Select } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useGoals } from "../../hooks/goals.js";
import { useTags } from "../../hooks/tags.js";
import { isFiltered, type NetworkFilters } from "../../lib/network-filters.js";
import { OrganizationSelect } from "../organizations/OrganizationSelect.js";

/** The map's filters: by goal, organisation and tag. */
export function NetworkFilterBar({
  filters,
  onChange,
}: {
  filters: NetworkFilters;
  onChange: (patch: Partial<NetworkFilters>) => void;
}) {
  const goals = useGoals();
  const tags = useTags();
  const goalOptions = (goals.data?.items ?? []).map((goal) => ({ value: goal.id, label: goal.title }));
  const tagOptions = (tags.data ?? []).map((tag) => ({
    value: tag.name,
    label: `${tag.name} (${tag.contactCount})`,
  }));
  if (filters.tag && !tagOptions.some((option) => option.value === filters.tag))
    tagOptions.unshift({ value: filters.tag, label: filters.tag });

  return (
    <search aria-label="Filter the network">
      <Group gap="sm" wrap="wrap" align="center">
        <Select
          aria-label="Filter by goal"
          placeholder="All goals"
          data={goalOptions}
          value={filters.goalId || null}
          onChange={(goalId) => onChange({ goalId: goalId ?? "" })}
          clearable
          searchable
          nothingFoundMessage="No goal found"
          w={220}
        />
        <OrganizationSelect
          aria-label="Filter by organisation"
          placeholder="All organisations"
          value={filters.organizationId}
          onChange={(organizationId) => onChange({ organizationId })}
          w={220}
        />
        <Select
          aria-label="Filter by tag"
          placeholder="All tags"
          data={tagOptions}
          value={filters.tag || null}
          onChange={(tag) => onChange({ tag: tag ?? "" })}
          clearable
          searchable
          nothingFoundMessage="No tag found"
          w={200}
        />
        {isFiltered(filters) && (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconX size={14} />}
            onClick={() => onChange({ goalId: "", organizationId: "", tag: "" })}
          >
            Clear filters
          </Button>
        )}
      </Group>
    </search>
  );
}
