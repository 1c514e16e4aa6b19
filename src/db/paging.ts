// Keyset paging: a cursor is the sort value and id of the last row of a page, opaque to clients.
import { ValidationError } from "../core/errors.js";

export interface CursorPosition {
  value: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === "string")) {
      return { value: parsed[0] as string, id: parsed[1] as string };
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
