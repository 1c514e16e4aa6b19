import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces, searchKey } from "./text.js";

const slowCollapse = (text: string) => text.replace(/\s+/g, " ").trim();

describe("collapseSpaces", () => {
  it("joins runs of white space and trims the ends", () => {
    expect(collapseSpaces("  Ada \n\t Lovelace ")).toBe("Ada Lovelace");
    expect(collapseSpaces("Ada\u00a0Lovelace")).toBe("Ada Lovelace");
    expect(collapseSpaces("Ada Lovelace")).toBe("Ada Lovelace");
    expect(collapseSpaces("")).toBe("");
    expect(collapseSpaces(" ")).toBe("");
  });

  it("gives what the regular expression gives, for any text", () => {
    const spaces = fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "a", "é", "\u0001");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.array(spaces).map((a) => a.join("")),
        ),
        (text) => {
          expect(collapseSpaces(text)).toBe(slowCollapse(text));
        },
      ),
    );
  });
});

describe("searchKey", () => {
  it("folds case, accents and spaces", () => {
    expect(searchKey("  José  MÜLLER ")).toBe("jose muller");
    expect(searchKey("Zoë\nO'Neil")).toBe("zoe o'neil");
  });
});
