import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONVERSATION_KINDS } from "./conversation.js";
import { QUESTION_AREAS, TIARA_STEPS } from "./question-areas.js";
import {
  builtinQuestions,
  isWhoElseAsk,
  type Question,
  questionCountFor,
  selectQuestions,
} from "./question-selection.js";

const bank = builtinQuestions();
const keys = (qs: Question[]) => qs.map((q) => q.builtinKey);

describe("questionCountFor", () => {
  it("fits about one question every 3 minutes", () => {
    expect(questionCountFor(15)).toBe(5);
    expect(questionCountFor(20)).toBe(6);
    expect(questionCountFor(30)).toBe(10);
    expect(questionCountFor(45)).toBe(14);
    expect(questionCountFor(60)).toBe(18);
  });

  it("uses 30 minutes when unknown, and stays between 4 and 20", () => {
    expect(questionCountFor(null)).toBe(10);
    expect(questionCountFor(Number.NaN)).toBe(10);
    expect(questionCountFor(5)).toBe(4);
    expect(questionCountFor(180)).toBe(20);
  });

  it("never falls as the talk gets longer", () => {
    for (let m = 1; m < 200; m++) expect(questionCountFor(m + 1)).toBeGreaterThanOrEqual(questionCountFor(m));
  });
});

describe("selectQuestions", () => {
  it("covers the eight areas in order for a 30-minute talk, then closes with the lead asks", () => {
    const picked = selectQuestions({ questions: bank, kind: "company", minutes: 30 });
    expect(picked).toHaveLength(10);
    expect(picked.map((q) => q.area)).toEqual([...QUESTION_AREAS.slice(0, 8), "leads", "leads"]);
    expect(keys(picked).slice(-2)).toEqual(["leads-who-else", "leads-mention-name"]);
  });

  it("fits the count to the minutes, and always closes with who-else (then, when it fits, the mention ask)", () => {
    for (const [minutes, count] of [
      [15, 5],
      [30, 10],
      [60, 18],
    ] as const) {
      const picked = selectQuestions({ questions: bank, kind: "industry", minutes });
      expect(picked).toHaveLength(count);
      expect(keys(picked).at(keys(picked).includes("leads-mention-name") ? -2 : -1)).toBe("leads-who-else");
    }
  });

  it("leaves out the mention-name ask when only a few questions fit", () => {
    const picked = selectQuestions({ questions: bank, kind: "person", minutes: 15 });
    expect(keys(picked)).not.toContain("leads-mention-name");
    expect(picked.filter((q) => q.area === "leads")).toHaveLength(1);
  });

  it("keeps all leads questions together at the end, in a long talk too", () => {
    const picked = selectQuestions({ questions: bank, kind: "company", minutes: 60 });
    const firstLead = picked.findIndex((q) => q.area === "leads");
    expect(picked.slice(firstLead).every((q) => q.area === "leads")).toBe(true);
    expect(keys(picked).slice(-2)).toEqual(["leads-who-else", "leads-mention-name"]);
    const areas = picked.map((q) => QUESTION_AREAS.indexOf(q.area));
    expect(areas).toEqual([...areas].sort((a, b) => a - b));
  });

  it("leaves out hidden questions", () => {
    const hidden = bank.map((q) => (q.builtinKey === "path-how-started" ? { ...q, hidden: true } : q));
    const picked = selectQuestions({ questions: hidden, kind: "company", minutes: 60 });
    expect(keys(picked)).not.toContain("path-how-started");
    expect(keys(selectQuestions({ questions: bank, kind: "company", minutes: 60 }))).toContain(
      "path-how-started",
    );
  });

  it("keeps only questions suited to the kind", () => {
    const picked = selectQuestions({ questions: bank, kind: "programme", minutes: 60 });
    for (const q of picked) expect(q.kinds.length === 0 || q.kinds.includes("programme"), q.id).toBe(true);
    expect(keys(picked)).toContain("path-programme-choice");
    const company = selectQuestions({ questions: bank, kind: "company", minutes: 60 });
    expect(keys(company)).not.toContain("path-programme-choice");
  });

  it("asks TIARA questions in their order, then the lead asks", () => {
    const picked = selectQuestions({ questions: bank, kind: "industry", minutes: 45, mode: "tiara" });
    const body = picked.slice(0, -2);
    expect(body.length).toBeGreaterThanOrEqual(10);
    const steps = body.map((q) => TIARA_STEPS.indexOf(q.tiara ?? "trends"));
    expect(body.every((q) => q.tiara !== null)).toBe(true);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(body.map((q) => q.tiara))).toEqual(new Set(TIARA_STEPS));
    expect(keys(picked).slice(-2)).toEqual(["leads-who-else", "leads-mention-name"]);
  });

  it("gives questions that share words with the goals a small priority within their area", () => {
    const plain = selectQuestions({ questions: bank, kind: "industry", minutes: 30 });
    const focused = selectQuestions({
      questions: bank,
      kind: "industry",
      minutes: 30,
      focus: ["certifications"],
    });
    expect(keys(plain)).not.toContain("skills-certifications");
    expect(keys(focused)).toContain("skills-certifications");
    expect(focused.map((q) => q.area)).toEqual(plain.map((q) => q.area));
  });

  it("recognises a user's own who-else question and closes with it, before the mention ask", () => {
    const own: Question = {
      id: "custom-1",
      area: "leads",
      text: "Who else would be good to speak with?",
      kinds: [],
      tiara: null,
      position: 1,
      hidden: false,
      builtinKey: null,
    };
    const questions = [own, ...bank.filter((q) => q.builtinKey !== "leads-who-else")];
    const picked = selectQuestions({ questions, kind: "person", minutes: 30 });
    expect(picked.at(-2)?.id).toBe("custom-1");
    expect(picked.at(-1)?.builtinKey).toBe("leads-mention-name");
    expect(isWhoElseAsk(own)).toBe(true);
  });

  it("is deterministic, whatever order the questions come in", () => {
    const reversed = [...bank].reverse();
    for (const kind of CONVERSATION_KINDS) {
      const a = selectQuestions({ questions: bank, kind, minutes: 40, focus: ["growth"] });
      const b = selectQuestions({ questions: reversed, kind, minutes: 40, focus: ["growth"] });
      expect(keys(b)).toEqual(keys(a));
    }
  });

  it("for any length and kind, closes with who-else (then the mention ask) and never asks more than fits (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 90 }),
        fc.constantFrom(...CONVERSATION_KINDS),
        fc.constantFrom("areas" as const, "tiara" as const),
        (minutes, kind, mode) => {
          const picked = selectQuestions({ questions: bank, kind, minutes, mode });
          expect(keys(picked).at(keys(picked).includes("leads-mention-name") ? -2 : -1)).toBe(
            "leads-who-else",
          );
          expect(picked.length).toBeLessThanOrEqual(questionCountFor(minutes));
          expect(new Set(keys(picked)).size).toBe(picked.length);
          const firstLead = picked.findIndex((q) => q.area === "leads");
          expect(picked.slice(firstLead).every((q) => q.area === "leads")).toBe(true);
        },
      ),
    );
  });
});
