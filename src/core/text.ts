/** Lower-case, accent-free, single-spaced text: "  José  Müller " -> "jose muller". */
export function searchKey(text: string): string {
  // Most names are plain ASCII: skip the costly Unicode normalisation for them.
  const folded = isAscii(text) ? text : text.normalize("NFKD").replace(/\p{M}+/gu, "");
  return folded.toLowerCase().replace(/\s+/g, " ").trim();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
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
