import { Radio, Stack } from "@mantine/core";
import type { Sharing } from "../../api/types.js";

export const SHARING_LABELS: Record<Sharing, { label: string; description: string }> = {
  none: { label: "Nothing", description: "Your advisor sees only that one member shares nothing." },
  counts: { label: "Counts only", description: "Your numbers under a pseudonym such as “Student 3”." },
  "counts-and-name": { label: "Counts and my name", description: "Your numbers with your name beside them." },
};

/** The three choices of what a cohort's advisor may see. */
export function SharingChoice({
  value,
  onChange,
  label,
  disabled,
}: {
  value: Sharing;
  onChange: (value: Sharing) => void;
  label: string;
  disabled?: boolean;
}) {
  return (
    <Radio.Group value={value} onChange={(v) => onChange(v as Sharing)} label={label}>
      <Stack gap="xs" mt="xs">
        {(Object.keys(SHARING_LABELS) as Sharing[]).map((key) => (
          <Radio
            key={key}
            value={key}
            label={SHARING_LABELS[key].label}
            description={SHARING_LABELS[key].description}
            disabled={disabled}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
