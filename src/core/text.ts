/** Lower-case, accent-free, single-spaced text: "  José  Müller " -> "jose muller". */
export function searchKey(text: string): string {
  // Most names are plain ASCII: skip the costly Unicode normalisation for them.
  const folded = ASCII.test(text) ? text : text.normalize("NFKD").replace(/\p{M}+/gu, "");
  return folded.toLowerCase().replace(/\s+/g, " ").trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/** The words of a search query, each already a search key. */
export function searchTerms(query: string): string[] {
  return searchKey(query).split(" ").filter(Boolean);
}

/** Trims a string and turns an empty one into null. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
