/** Lower-case, accent-free, single-spaced text: "  José  Müller " -> "jose muller". */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a search query, each already a search key. */
export function searchTerms(query: string): string[] {
  return searchKey(query).split(" ").filter(Boolean);
}

/** Trims a string and turns an empty one into null. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
