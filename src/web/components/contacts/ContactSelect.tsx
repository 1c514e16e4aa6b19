import { Group, Select, type SelectProps, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUser } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useContact, useContactSearch } from "../../hooks/contacts.js";

/** Picks a contact by id, searching the server (names, e-mails, organisations) as one types. */
export function ContactSelect({
  value,
  onChange,
  ...props
}: { value: string; onChange: (id: string) => void } & Omit<SelectProps, "value" | "onChange" | "data">) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 200);
  const selected = useContact(value || null);
  const results = useContactSearch(selected.data && debounced === selected.data.fullName ? "" : debounced);

  const { data, organizations } = useMemo(() => {
    const people = results.data?.items ?? [];
    const options = people.map((contact) => ({ value: contact.id, label: contact.fullName }));
    const orgs = new Map(people.map((contact) => [contact.id, contact.organization]));
    if (selected.data && !options.some((option) => option.value === selected.data.id)) {
      options.unshift({ value: selected.data.id, label: selected.data.fullName });
      orgs.set(selected.data.id, selected.data.organization);
    }
    return { data: options, organizations: orgs };
  }, [results.data, selected.data]);

  return (
    <Select
      {...props}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? "")}
      onSearchChange={setSearch}
      searchable
      leftSection={<IconUser size={16} stroke={1.7} />}
      nothingFoundMessage={results.isFetching ? "Searching…" : "Nobody by that name"}
      filter={({ options }) => options}
      renderOption={({ option }) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{option.label}</Text>
          {organizations.get(option.value) && (
            <Text size="xs" c="dimmed" truncate="end">
              {organizations.get(option.value)}
            </Text>
          )}
        </Group>
      )}
    />
  );
}
