/** One page of a list; `nextCursor` fetches the next page, null on the last one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** How many items match the filters in all pages. */
  total: number;
}
