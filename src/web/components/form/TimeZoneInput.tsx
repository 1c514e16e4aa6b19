import { Autocomplete, type AutocompleteProps, type ComboboxItem, type OptionsFilter } from "@mantine/core";
import { IconWorld } from "@tabler/icons-react";
import { searchTerms } from "../../../core/text.js";
import { localTimeIn } from "../../lib/format.js";

const ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [];
  }
})();
const OWN_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const COMMON = [
  OWN_ZONE,
  "UTC",
  "Europe/London",
  "Europe/Paris",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Tokyo",
];

/** Matches every word typed anywhere in the zone name ("york" finds America/New_York). */
const filter: OptionsFilter = ({ options, search }) => {
  const terms = searchTerms(search.replace(/[/_]/g, " "));
  const items = options as ComboboxItem[];
  if (terms.length === 0) {
    return COMMON.filter((zone, index) => zone && COMMON.indexOf(zone) === index).map((zone) => ({
      value: zone,
      label: zone,
    }));
  }
  return items.filter((item) => {
    const key = item.label.toLowerCase().replace(/[/_]/g, " ");
    return terms.every((term) => key.includes(term));
  });
};

/** An IANA time zone, with suggestions from the browser's list and the local time there. */
export function TimeZoneInput({
  value,
  ...props
}: Omit<AutocompleteProps, "data" | "filter"> & { value: string }) {
  const time = value ? localTimeIn(value) : null;
  return (
    <Autocomplete
      {...props}
      value={value}
      data={ZONES}
      filter={filter}
      limit={8}
      autoComplete="off"
      leftSection={<IconWorld size={16} stroke={1.7} />}
      description={props.error ? undefined : time ? `It is ${time} there now.` : props.description}
    />
  );
}
