// Finds named columns in a header row, whatever their order, case or accents.
import { collapseSpaces, searchKey } from "../core/text.js";

/** Where each known column is in the header; a field is absent when its column is missing. */
export type Columns<F extends string> = Partial<Record<F, number>>;

/**
 * The positions of `titles` (each field's possible column titles) in `cells`, or null unless every
 * `required` field is there.
 */
export function matchColumns<F extends string>(
  cells: readonly string[],
  titles: Record<F, readonly string[]>,
  required: readonly NoInfer<F>[],
): Columns<F> | null {
  const keys = cells.map(searchKey);
  const columns: Columns<F> = {};
  for (const field of Object.keys(titles) as F[]) {
    const wanted = new Set(titles[field].map(searchKey));
    const at = keys.findIndex((key) => wanted.has(key));
    if (at >= 0) columns[field] = at;
  }
  return required.every((field) => columns[field] !== undefined) ? columns : null;
}

/** A one-line value: runs of spaces and line breaks become one space, ends trimmed. */
export const oneLine = (value: string | undefined) => collapseSpaces(value ?? "");

/** A reader of one row's one-line values by field ("" when the column is missing). */
export function cellReader<F extends string>(columns: Columns<F>, cells: readonly string[]) {
  return (field: F): string => {
    const at = columns[field];
    return at === undefined ? "" : oneLine(cells[at]);
  };
}
