import { Autocomplete, type AutocompleteProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBuilding } from "@tabler/icons-react";
import { useOrganizationSearch } from "../../hooks/organizations.js";

/** An organisation's name: pick a known one, or type a new one (the server creates it). */
export function OrganizationInput({ value, ...props }: Omit<AutocompleteProps, "data"> & { value: string }) {
  const [debounced] = useDebouncedValue(value, 200);
  const results = useOrganizationSearch(debounced, 8);
  const names = Array.from(new Set((results.data?.items ?? []).map((org) => org.name)));
  return (
    <Autocomplete
      {...props}
      value={value}
      data={names}
      autoComplete="off"
      leftSection={<IconBuilding size={16} stroke={1.7} />}
    />
  );
}
