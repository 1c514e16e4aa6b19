import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, structured } from "./vcard-format.js";

describe("escapeText", () => {
  it("escapes backslashes, commas, semicolons and every kind of line break", () => {
    expect(escapeText("a\\b, c; d\r\ne\nf\rg")).toBe("a\\\\b\\, c\\; d\\ne\\nf\\ng");
  });

  it("escapes inside each component of a structured value", () => {
    expect(structured(["Acme; Inc", "R&D, Europe"])).toBe("Acme\\; Inc;R&D\\, Europe");
  });
});

describe("foldLine", () => {
  const octets = (line: string) => Buffer.byteLength(line, "utf8");

  it("leaves a line of 75 octets alone and folds the 76th onto a line starting with a space", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("never cuts inside a multi-byte character or an emoji", () => {
    const folded = foldLine(`NOTE:${"ü".repeat(40)}${"😀".repeat(20)}`);
    for (const line of folded.split("\r\n")) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // A lone half of a surrogate pair would come back from UTF-8 as U+FFFD.
      expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
    }
  });

  it("unfolds back to the same text, every line at most 75 octets", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `NOTE:${text.replace(/[\r\n]/g, "")}`;
        const folded = foldLine(line);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
        for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
      }),
    );
  });
});
