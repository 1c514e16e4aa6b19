// The bytes of a vCard file, checked and cut into physical lines, before any character set is applied:
// folding and quoted-printable are undone on bytes, so a fold inside a multi-byte character is harmless.
import { ImportFormatError } from "./imported.js";

/** One physical line: its bytes as one character per byte ("latin1"), and its 1-based number. */
export interface PhysicalLine {
  line: number;
  bytes: string;
}

/** The file's lines, or an ImportFormatError when it is empty or binary. */
export function physicalLines(input: string | Buffer): PhysicalLine[] {
  const bytes = withoutByteOrderMark(typeof input === "string" ? Buffer.from(input, "utf8") : input);
  const text = bytes.toString("latin1");
  if (text.trim() === "") throw new ImportFormatError("The file is empty.");
  const binaryAt = firstBinaryByte(bytes);
  if (binaryAt !== null) {
    const line = text.slice(0, binaryAt).split(/\r\n|\r|\n/).length;
    throw new ImportFormatError("This is a binary file, not a vCard (.vcf) text file.", line);
  }
  return text.split(/\r\n|\r|\n/).map((lineBytes, index) => ({ line: index + 1, bytes: lineBytes }));
}

/** UTF-8 without its byte order mark; UTF-16 files (some Outlook exports) re-encoded as UTF-8. */
function withoutByteOrderMark(bytes: Buffer): Buffer {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return reencoded(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return reencoded(bytes.subarray(2), "utf-16be");
  return bytes;
}

function reencoded(bytes: Buffer, encoding: "utf-16le" | "utf-16be"): Buffer {
  return Buffer.from(new TextDecoder(encoding).decode(bytes), "utf8");
}

/**
 * Where a binary file gives itself away: a NUL byte, or control characters (other than tab, line feed,
 * carriage return and form feed) in more than one byte in a hundred. Null for a text file.
 */
function firstBinaryByte(bytes: Buffer): number | null {
  let first: number | null = null;
  let controls = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) return index;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      controls++;
      first ??= index;
    }
  }
  return controls * 100 > bytes.length ? first : null;
}
