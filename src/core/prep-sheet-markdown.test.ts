import { describe, expect, it } from "vitest";
import { sampleInput } from "./prep-sheet.fixture.js";
import { buildPrepSheet } from "./prep-sheet.js";
import { prepSheetToMarkdown } from "./prep-sheet-markdown.js";

const numbered = (markdown: string) => markdown.split("\n").filter((line) => /^\d+\. /.test(line));

describe("prepSheetToMarkdown", () => {
  const markdown = prepSheetToMarkdown(buildPrepSheet(sampleInput()));

  it("has the title and the sections in order", () => {
    expect(markdown.startsWith("# Prep: video call with Grace Hopper (Acme)\n")).toBe(true);
    const headings = markdown.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual(["## Who", "## Why", "## My introduction", "## Questions", "## Logistics"]);
  });

  it("names the contact and the goal", () => {
    expect(markdown).toContain("**Grace Hopper**, Engineering Manager at Acme");
    expect(markdown).toContain("Explore data engineering");
    expect(markdown).toContain("Introduced by Ada Lovelace");
  });

  it("lists at least 8 questions for 30 minutes, one per line, ending with whom else to talk to, then may I mention them", () => {
    const questions = numbered(markdown);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    questions.forEach((line, i) => {
      expect(line.startsWith(`${i + 1}. `)).toBe(true);
    });
    expect(questions.at(-2)?.toLowerCase()).toMatch(/who else.*(talk to|speak with)/);
    expect(questions.at(-1)).toMatch(/May I mention that you suggested/);
  });

  it("keeps the logistics as bullets, both zones included", () => {
    const logistics = markdown.split("## Logistics\n")[1] ?? "";
    expect(logistics).toContain("- Tuesday 24 Nov 2026 (tomorrow), 15:00–15:30 your time (Europe/London)");
    expect(logistics).toContain("- 10:00–10:30 their time (New York)");
  });

  it("keeps multi-line question texts on one line", () => {
    const sheet = buildPrepSheet(sampleInput());
    sheet.questions[0] = { area: "path", areaLabel: "Their path and role", text: "How did\nyou start?" };
    expect(numbered(prepSheetToMarkdown(sheet))[0]).toBe("1. How did you start? _(Their path and role)_");
  });
});
