import { describe, expect, it } from "vitest";
import { buildPrepSheet, type PrepSheetInput } from "./prep-sheet.js";
import { prepSheetToMarkdown } from "./prep-sheet-markdown.js";
import { builtinQuestions, selectQuestions } from "./question-selection.js";

function sampleInput(overrides: Partial<PrepSheetInput["conversation"]> = {}): PrepSheetInput {
  return {
    now: new Date("2026-11-23T09:00:00Z"),
    me: { name: "Sam Rivera", timeZone: "Europe/London", intro: "I am a chemist moving into data work." },
    contact: {
      fullName: "Grace Hopper",
      firstName: "Grace",
      title: "Engineering Manager",
      organization: "Acme",
      location: "New York",
      timeZone: "America/New_York",
      linkedinUrl: "https://www.linkedin.com/in/gracehopper",
      emails: ["grace@acme.example", "grace@acme.example"],
      howConnected: "Introduced by Ada Lovelace",
      needs: "Hiring two data engineers",
      notes: "",
    },
    conversation: {
      id: "c1",
      kind: "company",
      format: "video",
      scheduledAt: "2026-11-24T15:00:00Z",
      durationMinutes: 30,
      place: "https://meet.example/abc",
      prep: "",
      ...overrides,
    },
    goals: [{ title: "Explore data engineering", description: "Is it a good fit after a PhD in chemistry?" }],
    interactions: [
      {
        occurredAt: "2026-11-10T10:00:00Z",
        summary: "She said yes to a call",
        kind: "email",
        direction: "in",
      },
      { occurredAt: "2026-11-05T10:00:00Z", summary: "", kind: "email", direction: "out" },
    ],
    questions: selectQuestions({ questions: builtinQuestions(), kind: "company", minutes: 30 }),
  };
}

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

  it("lists at least 8 questions for 30 minutes, one per line, ending with whom else to talk to", () => {
    const questions = numbered(markdown);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    questions.forEach((line, i) => {
      expect(line.startsWith(`${i + 1}. `)).toBe(true);
    });
    expect(questions.at(-1)?.toLowerCase()).toMatch(/who else.*(talk to|speak with)/);
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
