// Keyset paging: a cursor is the sort value and id of the last row of a page, opaque to clients.
import { ValidationError } from "../core/errors.js";

export interface CursorPosition {
  value: string;
  id: string;
  /**
   * How many items match the list's filters, counted once on the first page and carried by the
   * cursor, so that later pages cost no count.
   */
  total?: number;
}

export function encodeCursor(position: CursorPosition): string {
  const parts: unknown[] = [position.value, position.id];
  if (position.total !== undefined) parts.push(position.total);
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      (parsed.length === 2 || parsed.length === 3) &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string" &&
      (parsed.length === 2 || (Number.isSafeInteger(parsed[2]) && parsed[2] >= 0))
    ) {
      const position: CursorPosition = { value: parsed[0], id: parsed[1] };
      if (parsed.length === 3) position.total = parsed[2] as number;
      return position;
    }
  } catch {
    // fall through to the error below
  }
  throw new ValidationError(
    "cursor: this cursor was not given by coffeechat; start from the first page.",
    "cursor",
  );
}

/** Escapes a search term for SQL LIKE with `escape '\'`. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
