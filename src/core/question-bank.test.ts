import { describe, expect, it } from "vitest";
import { CONVERSATION_KINDS } from "./conversation.js";
import { AREA_LABELS, QUESTION_AREAS, TIARA_LABELS, TIARA_STEPS } from "./question-areas.js";
import { BUILTIN_QUESTIONS } from "./question-bank.js";

describe("the built-in question bank", () => {
  it("has at least 66 questions with unique keys and texts", () => {
    expect(BUILTIN_QUESTIONS.length).toBeGreaterThanOrEqual(66);
    expect(new Set(BUILTIN_QUESTIONS.map((q) => q.builtinKey)).size).toBe(BUILTIN_QUESTIONS.length);
    expect(new Set(BUILTIN_QUESTIONS.map((q) => q.text)).size).toBe(BUILTIN_QUESTIONS.length);
  });

  it("covers every area with at least 4 questions, and every area has a label", () => {
    for (const area of QUESTION_AREAS) {
      expect(BUILTIN_QUESTIONS.filter((q) => q.area === area).length, area).toBeGreaterThanOrEqual(4);
      expect(AREA_LABELS[area]).toBeTruthy();
    }
  });

  it("has at least 2 questions for each TIARA step, none of them a lead ask", () => {
    for (const step of TIARA_STEPS) {
      expect(BUILTIN_QUESTIONS.filter((q) => q.tiara === step).length, step).toBeGreaterThanOrEqual(2);
      expect(TIARA_LABELS[step]).toBeTruthy();
    }
    expect(BUILTIN_QUESTIONS.filter((q) => q.area === "leads" && q.tiara !== null)).toEqual([]);
  });

  it("offers every kind of conversation at least one question in each area", () => {
    for (const kind of CONVERSATION_KINDS) {
      for (const area of QUESTION_AREAS) {
        const suits = BUILTIN_QUESTIONS.filter(
          (q) => q.area === area && (q.kinds.length === 0 || q.kinds.includes(kind)),
        );
        expect(suits.length, `${kind}/${area}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("weights follow the area order, then the position inside the area", () => {
    const weights = BUILTIN_QUESTIONS.map((q) => q.weight);
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
    for (const q of BUILTIN_QUESTIONS) {
      expect(Math.floor(q.weight / 100)).toBe(QUESTION_AREAS.indexOf(q.area) + 1);
    }
  });

  it("tags workplace and programme questions with their kinds", () => {
    const kindsOf = (key: string) => BUILTIN_QUESTIONS.find((q) => q.builtinKey === key)?.kinds;
    expect(kindsOf("entry-hiring-process")).toEqual(["company", "coworker"]);
    expect(kindsOf("path-programme-choice")).toEqual(["programme"]);
    expect(kindsOf("trends-lingo")).toEqual(["industry"]);
    expect(kindsOf("path-turning-points")).toEqual(["person"]);
  });

  it("ends the leads area with the who-else ask, then the mention-name ask", () => {
    const leads = BUILTIN_QUESTIONS.filter((q) => q.area === "leads");
    const whoElse = leads.at(-2);
    expect(whoElse?.builtinKey).toBe("leads-who-else");
    expect(whoElse?.text.toLowerCase()).toContain("who else");
    expect(whoElse?.text.toLowerCase()).toMatch(/talk to|speak with/);
    expect(whoElse?.kinds).toEqual([]);
    const mention = leads.at(-1);
    expect(mention?.builtinKey).toBe("leads-mention-name");
    expect(mention?.text).toMatch(/^May I mention/);
    expect(mention?.kinds).toEqual([]);
  });

  it("words every question as a question", () => {
    for (const q of BUILTIN_QUESTIONS) expect(q.text, q.builtinKey).toMatch(/^[A-Z].*\?$/);
  });
});
