import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, likePattern } from "./paging.js";

describe("keyset cursors", () => {
  it("round-trip any sort value and id", () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (value, id) => {
        expect(decodeCursor(encodeCursor({ value, id }))).toEqual({ value, id });
      }),
    );
  });
  it("carry the first page's total to the next pages", () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), fc.nat(), (value, id, total) => {
        expect(decodeCursor(encodeCursor({ value, id, total }))).toEqual({ value, id, total });
      }),
    );
  });
  it("refuse a cursor coffeechat did not give, naming the field", () => {
    for (const bad of [
      "",
      "garbage!",
      Buffer.from("[1,2]").toString("base64url"),
      Buffer.from("{}").toString("base64url"),
      Buffer.from('["a","b",-1]').toString("base64url"),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ field: "cursor" }));
    }
  });
});

describe("LIKE patterns", () => {
  it("match the term literally, wildcards included", () => {
    expect(likePattern("ann")).toBe("%ann%");
    expect(likePattern("100%_x\\")).toBe("%100\\%\\_x\\\\%");
  });
});
