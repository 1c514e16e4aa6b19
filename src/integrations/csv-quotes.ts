// Explains a quoting error in plain words and points at the line where the faulty value starts.
import type { LineIndex } from "./csv-text.js";
import { ImportFormatError } from "./imported.js";

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

const isEnd = (b: number | undefined) => b === undefined || b === COMMA || b === CR || b === LF;

/**
 * Re-reads one record from `start` (a byte offset) the way a CSV reader does, finds the first
 * misplaced quote and returns the error to throw: an opening quote never closed, text after a
 * closing quote, or a quote inside an unquoted value.
 */
export function quoteError(bytes: Uint8Array, lines: LineIndex, line: number): ImportFormatError {
  const start = lines.startOf(line);
  let fieldStart = true;
  let openedAt = -1;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (openedAt >= 0) {
      if (b !== QUOTE) continue;
      if (bytes[i + 1] === QUOTE) {
        i++;
        continue;
      }
      if (!isEnd(bytes[i + 1])) {
        const opened = lines.lineAt(openedAt);
        return opened < lines.lineAt(i) ? neverClosed(opened) : textAfterQuote(opened);
      }
      openedAt = -1;
      fieldStart = false;
    } else if (b === QUOTE) {
      if (!fieldStart) return quoteInside(lines.lineAt(i));
      openedAt = i;
    } else if (b === CR || b === LF) {
      return new ImportFormatError("This row cannot be read (a quote is misplaced).", line);
    } else {
      fieldStart = b === COMMA;
    }
  }
  return openedAt >= 0
    ? neverClosed(lines.lineAt(openedAt))
    : new ImportFormatError("This row cannot be read.", line);
}

const neverClosed = (line: number) =>
  new ImportFormatError(
    'A quoted value starts on this line but its closing quote (") is missing, so the rest of the file cannot be read.',
    line,
  );

const textAfterQuote = (line: number) =>
  new ImportFormatError(
    'A quoted value is followed by more text before the next comma; a quote (") is misplaced.',
    line,
  );

const quoteInside = (line: number) =>
  new ImportFormatError(
    'A value has a quote (") in the middle; such a value must be wrapped in quotes and its quotes doubled.',
    line,
  );
