import { describe, expect, it } from "vitest";
import { decodeCsvText, firstInvalidUtf8, LineIndex } from "./csv-text.js";
import { ImportFormatError } from "./imported.js";

const text = (input: string | Buffer) => decodeCsvText(input).bytes.toString("utf8");

function failure(input: string | Buffer): ImportFormatError {
  try {
    decodeCsvText(input);
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error("expected an ImportFormatError");
}

describe("decodeCsvText", () => {
  it("drops a UTF-8 byte-order mark from bytes and from strings", () => {
    expect(text(Buffer.from("\uFEFFa,b\r\n"))).toBe("a,b\r\n");
    expect(text("\uFEFFZoë,李")).toBe("Zoë,李");
  });

  it("reads UTF-16 files that start with their byte-order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Jürgen,李\r\n", "utf16le")]);
    const be = Buffer.from(
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Jürgen,李\r\n", "utf16le").swap16()]),
    );
    expect(text(le)).toBe("Jürgen,李\r\n");
    expect(text(be)).toBe("Jürgen,李\r\n");
  });

  it("calls an empty or blank file empty", () => {
    for (const input of [
      "",
      "\uFEFF",
      " \r\n\r\n\t",
      Buffer.alloc(0),
      Buffer.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a]),
    ]) {
      const error = failure(input);
      expect(error.message).toBe("The file is empty.");
      expect(error.line).toBeNull();
    }
  });

  it("rejects binary data and names the line of the first NUL byte", () => {
    const error = failure(Buffer.from("a,b\r\nc,d\r\ne\u0000f\r\n"));
    expect(error.message).toMatch(/^line 3: This is not a CSV text file\./);
    expect(error.line).toBe(3);
    expect(
      failure(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])).message,
    ).toMatch(/This is not a CSV text file/);
  });

  it("reads Windows-1252 text (Excel's and Outlook's CSV) as what it says", () => {
    const windows = Buffer.from([
      ...Buffer.from("First Name\r\nAda\r\nJ"),
      0xfc,
      ...Buffer.from("rgen "),
      0x80,
      0x96,
      ...Buffer.from("\r\n"),
    ]);
    expect(decodeCsvText(windows).bytes.toString("utf8")).toBe("First Name\r\nAda\r\nJürgen €–\r\n");
  });

  it("rejects text that is neither UTF-8 nor Windows-1252 and names its line", () => {
    const error = failure(Buffer.from([...Buffer.from("First Name\r\nAda\r\nJ"), 0xfc, 0x81, 0x0d, 0x0a]));
    expect(error.line).toBe(3);
    expect(error.message).toContain("This is not a CSV text file.");
    expect(error.message).toContain("UTF-8");
  });

  it("recognises a ZIP archive (the whole LinkedIn export) and says to unpack it", () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    expect(failure(zip).message).toMatch(/This is not a CSV text file\. It is a ZIP archive: unpack it/);
  });
});

describe("firstInvalidUtf8", () => {
  it("finds the first byte of a broken sequence", () => {
    expect(firstInvalidUtf8(Buffer.from("Zoë 李 ok"))).toBe(Buffer.byteLength("Zoë 李 ok"));
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // truncated
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xfc, 0x63]))).toBe(2); // Latin-1 "ü"
  });
});

describe("LineIndex", () => {
  it("counts LF, CRLF and lone CR line ends, each once", () => {
    const bytes = Buffer.from("a\r\nb\nc\rd\r\n\r\ne");
    const lines = new LineIndex(bytes);
    expect([0, 1, 3, 5, 7, 9, 12].map((at) => lines.lineAt(at))).toEqual([1, 1, 2, 3, 4, 4, 6]);
    expect(lines.startOf(6)).toBe(12);
    expect(lines.startOf(99)).toBe(Number.POSITIVE_INFINITY);
  });
});
