import { describe, expect, it } from "vitest";
import { findNul } from "./nul.js";

describe("findNul", () => {
  it("names the field holding a NUL, however deep", () => {
    expect(findNul({ firstName: "a\u0000b" })).toBe("firstName");
    expect(findNul({ emails: ["a@example.org", "b\u0000@example.org"] })).toBe("emails.1");
    expect(findNul({ values: { "learn\u0000Goal": "x" } })).toBe("values.learn\u0000Goal");
    expect(findNul("\u0000")).toBe("body");
  });

  it("passes text without NUL, including other control characters and emoji", () => {
    expect(findNul({ notes: "tab\tnew\nline \u0001 😀", n: 1, ok: true, none: null })).toBeUndefined();
  });
});
