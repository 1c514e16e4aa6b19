import { describe, expect, it } from "vitest";
import { asPhrase, candidatePoints, thankYouUrl } from "./thank-you-points.js";

describe("thank-you points", () => {
  it("gathers notes under questions, insights and note lines, once each", () => {
    const points = candidatePoints({
      questions: [
        { text: "How did you start?", note: "Started as a lab technician" },
        { text: "A typical day?", note: "  " },
      ],
      insights: [{ id: "i1", text: "Internships are the way in" }],
      notes: "- Read the COBOL history\n\n* started as a lab technician\n2. Ask about the summer school",
    });
    expect(points).toEqual([
      { key: "question-0", source: "Under “How did you start?”", text: "Started as a lab technician" },
      { key: "insight-i1", source: "Insight", text: "Internships are the way in" },
      { key: "notes-0", source: "Notes", text: "Read the COBOL history" },
      { key: "notes-3", source: "Notes", text: "Ask about the summer school" },
    ]);
  });

  it("opens the composer for a thank-you with the point", () => {
    const url = thankYouUrl("c1", "v1", " The part about compilers & COBOL ");
    expect(url.startsWith("/compose?")).toBe(true);
    const params = new URLSearchParams(url.split("?")[1]);
    expect(params.get("purpose")).toBe("thank-you");
    expect(params.get("contactId")).toBe("c1");
    expect(params.get("conversationId")).toBe("v1");
    expect(params.get("specificPoint")).toBe("The part about compilers & COBOL");
    expect(thankYouUrl("c1", "v1", "")).not.toContain("specificPoint");
  });

  it("reads a note as a phrase after “What you said about”", () => {
    expect(asPhrase("Starting as a lab technician.")).toBe("starting as a lab technician");
    expect(asPhrase("COBOL was designed for business")).toBe("COBOL was designed for business");
    expect(asPhrase("Grace's first bug", ["Grace's"])).toBe("Grace's first bug");
    expect(asPhrase("I should try the summer school")).toBe("I should try the summer school");
  });
});
