import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useOrganization, useOrganizationSearch } from "../../hooks/organizations.js";

/** Picks an existing organisation by id, searching the server as one types. */
export function OrganizationSelect({
  value,
  onChange,
  ...props
}: { value: string; onChange: (id: string) => void } & Omit<SelectProps, "value" | "onChange" | "data">) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 200);
  const selected = useOrganization(value || null);
  const results = useOrganizationSearch(selected.data && debounced === selected.data.name ? "" : debounced);

  const data = useMemo(() => {
    const options = (results.data?.items ?? []).map((org) => ({ value: org.id, label: org.name }));
    if (selected.data && !options.some((option) => option.value === selected.data.id)) {
      options.unshift({ value: selected.data.id, label: selected.data.name });
    }
    return options;
  }, [results.data, selected.data]);

  return (
    <Select
      {...props}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? "")}
      onSearchChange={setSearch}
      searchable
      clearable
      nothingFoundMessage={results.isFetching ? "Searching…" : "No organisation found"}
      filter={({ options }) => options}
    />
  );
}
