import { describe, expect, it } from "vitest";
import { plainText, SUMMARY_LENGTH, summarize } from "./linkedin-summary.js";

describe("summarize", () => {
  it("keeps a short text whole, on one line", () => {
    expect(summarize("  Hi Hana,\r\nsure!\n")).toBe("Hi Hana, sure!");
  });

  it("cuts a long text at a word boundary to at most 80 characters", () => {
    const long =
      "I am a postdoc exploring data science roles and would love twenty minutes of your time to learn how you moved into industry.";
    const summary = summarize(long);
    expect(Array.from(summary).length).toBeLessThanOrEqual(SUMMARY_LENGTH);
    expect(summary).toBe("I am a postdoc exploring data science roles and would love twenty minutes of…");
  });

  it("counts characters, not UTF-16 units, and cuts a text without spaces", () => {
    const summary = summarize("李".repeat(200));
    expect(summary).toBe(`${"李".repeat(79)}…`);
  });

  it("turns exported HTML into plain text", () => {
    expect(plainText("<p>Hello Hana,</p><p>we are hiring &amp; I thought of you.</p>")).toBe(
      "Hello Hana, we are hiring & I thought of you.",
    );
  });
});
