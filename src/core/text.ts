/** Lower-case, accent-free, single-spaced text: "  José  Müller " -> "jose muller". */
export function searchKey(text: string): string {
  // Most names are plain ASCII: skip the costly Unicode normalisation for them.
  const folded = isAscii(text) ? text : text.normalize("NFKD").replace(/\p{M}+/gu, "");
  return collapseSpaces(folded.toLowerCase());
}

/** Runs of white space (line breaks too) become one space, ends trimmed: " a \n b " -> "a b". */
export function collapseSpaces(text: string): string {
  // Most values need no change: find out without building a new string.
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return text.replace(/\s+/g, " ").trim();
    } else if (c < 32 || (c > 127 && /\s/.test(text.charAt(i)))) {
      return text.replace(/\s+/g, " ").trim();
    }
  }
  return text;
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
