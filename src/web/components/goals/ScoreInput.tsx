import { Rating } from "@mantine/core";

/** A score from 1 to 5 as stars; each star is a radio ("3 of 5"); choosing the same one again clears it. */
export function ScoreInput({
  label,
  value,
  onChange,
  readOnly,
  size = "md",
}: {
  /** What is scored, for screen readers, e.g. "Fit of Compilers research". */
  label: string;
  value: number | null;
  onChange?: (value: number | null) => void;
  readOnly?: boolean;
  size?: "sm" | "md" | "lg";
}) {
  return (
    <Rating
      role="radiogroup"
      aria-label={label}
      value={value ?? 0}
      onChange={(next) => onChange?.(next === 0 ? null : next)}
      getSymbolLabel={(n) => `${n} of 5`}
      allowClear
      readOnly={readOnly}
      size={size}
      color="coffee.6"
    />
  );
}
