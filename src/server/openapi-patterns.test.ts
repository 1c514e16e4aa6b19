import { describe, expect, it } from "vitest";
import { createApp } from "./app.js";

/** Every `pattern` in the document, with where it is. */
function patterns(node: unknown, at = "$"): { at: string; pattern: string }[] {
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "pattern" && typeof value === "string"
      ? [{ at, pattern: value }]
      : patterns(value, `${at}.${key}`),
  );
}

describe("the OpenAPI document's patterns", () => {
  it("are plain ECMA-262 regular expressions (no flags copied in) that accept what the API accepts", async () => {
    const app = createApp({ contextFor: () => ({}) as never, version: "test" });
    const doc = await (await app.request("/api/openapi.json")).json();
    const found = patterns(doc);
    expect(found.length).toBeGreaterThan(0);
    for (const { at, pattern } of found) {
      expect(pattern, at).not.toMatch(/\/[a-z]*$/);
      expect(() => new RegExp(pattern, "u"), at).not.toThrow();
    }
    const phone = found.find((p) => p.at.includes("ContactCreate") && p.at.includes("phones"));
    if (!phone) throw new Error("no phone pattern in ContactCreate");
    for (const number of ["+1 212 555 0100", "(020) 7946-0958", "+44 20 7946 0958 ext. 12", "555 0100 X 7"])
      expect(new RegExp(phone.pattern, "u").test(number), number).toBe(true);
    expect(new RegExp(phone.pattern, "u").test("call me")).toBe(false);
  });
});
