// The NUL character (U+0000): PostgreSQL cannot store it in text, so it is refused everywhere
// input enters (the HTTP body, query and path; files to import), the same on both databases.

/** The path (e.g. "emails.1") of the first string, or object key, holding a NUL; undefined if none. */
export function findNul(value: unknown, path: readonly (string | number)[] = []): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? nulPath(path) : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, [...path, index]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) return nulPath([...path, key]);
      const found = findNul(item, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

const nulPath = (path: readonly (string | number)[]) => (path.length === 0 ? "body" : path.join("."));

export function nulMessage(field: string): string {
  return `${field}: contains a NUL character (\\u0000), which coffeechat cannot store; remove it.`;
}
