// Turns an uploaded file into checked UTF-8 bytes and maps byte offsets to 1-based line numbers.
import { isUtf8 } from "node:buffer";
import { ImportFormatError } from "./imported.js";
import { decodeWindows1252, isWindows1252 } from "./windows-1252.js";

const NOT_TEXT = "This is not a CSV text file.";

/** The file's bytes as UTF-8 without a byte-order mark, and where each physical line starts. */
export interface CsvText {
  bytes: Buffer;
  lines: LineIndex;
}

/** Reads a string or the bytes of a file (UTF-8, Windows-1252, or UTF-16 with its byte-order mark). */
export function decodeCsvText(input: string | Buffer): CsvText {
  const bytes =
    typeof input === "string" ? Buffer.from(input.replace(/^\uFEFF/, ""), "utf8") : fromBytes(input);
  const lines = new LineIndex(bytes);
  if (isBlank(bytes)) throw new ImportFormatError("The file is empty.");
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new ImportFormatError(`${NOT_TEXT} It holds binary data (a NUL byte).`, lines.lineAt(nul));
  return { bytes, lines };
}

function fromBytes(input: Buffer): Buffer {
  if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) {
    throw new ImportFormatError(`${NOT_TEXT} It is a ZIP archive: unpack it and choose the CSV file inside.`);
  }
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return checkUtf8(input.subarray(3));
  if (input[0] === 0xff && input[1] === 0xfe)
    return Buffer.from(input.subarray(2).toString("utf16le"), "utf8");
  if (input[0] === 0xfe && input[1] === 0xff) {
    const swapped = Buffer.from(input.subarray(2, 2 + ((input.length - 2) & ~1))).swap16();
    return Buffer.from(swapped.toString("utf16le"), "utf8");
  }
  return checkUtf8(input);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return false;
  return true;
}

/**
 * UTF-8 as it is; otherwise Windows-1252 (what Excel and Outlook write as "CSV" on Western Windows,
 * a superset of ISO-8859-1) re-encoded as UTF-8. Text that is neither is refused at its line.
 */
function checkUtf8(bytes: Buffer): Buffer {
  if (isUtf8(bytes)) return bytes;
  const at = firstInvalidUtf8(bytes);
  const undefinedAt = bytes.findIndex((b) => !isWindows1252(b));
  if (undefinedAt < 0) return Buffer.from(decodeWindows1252(bytes), "utf8");
  throw new ImportFormatError(
    `${NOT_TEXT} It has bytes that are neither UTF-8 nor Windows-1252 text; save it as "CSV UTF-8" and try again.`,
    new LineIndex(bytes).lineAt(Math.min(at, undefinedAt)),
  );
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const next = bytes[i + 1] as number;
    if ((b === 0xe0 && next < 0xa0) || (b === 0xed && next > 0x9f)) return i; // overlong, surrogate
    if ((b === 0xf0 && next < 0x90) || (b === 0xf4 && next > 0x8f)) return i; // overlong, > U+10FFFF
    i += size;
  }
  return bytes.length;
}

/** Where each physical line starts (after "\n", "\r\n" or a lone "\r"). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(bytes: Uint8Array) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x0a) this.starts.push(i + 1);
      else if (b === 0x0d && bytes[i + 1] !== 0x0a) this.starts.push(i + 1);
    }
  }

  /** Byte offset where the 1-based line starts. */
  startOf(line: number): number {
    return this.starts[line - 1] ?? Number.POSITIVE_INFINITY;
  }

  /** The 1-based line holding the byte at `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
