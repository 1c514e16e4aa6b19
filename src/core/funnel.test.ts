import { describe, expect, it } from "vitest";
import { type ConversationTrace, funnel, furthestStep } from "./funnel.js";

const trace = (t: Partial<ConversationTrace>): ConversationTrace => ({
  asked: false,
  answered: false,
  met: false,
  declined: false,
  thanked: false,
  keepingInTouch: false,
  ...t,
});

describe("the funnel", () => {
  it("places each conversation at the furthest step it reached after the steps before", () => {
    expect(furthestStep(trace({}))).toBe(-1);
    expect(furthestStep(trace({ asked: true }))).toBe(0);
    expect(furthestStep(trace({ asked: true, declined: true, answered: true }))).toBe(1);
    // A meeting logged straight away was asked for and answered.
    expect(furthestStep(trace({ met: true }))).toBe(2);
    expect(furthestStep(trace({ met: true, thanked: true }))).toBe(3);
    expect(furthestStep(trace({ met: true, thanked: true, keepingInTouch: true }))).toBe(4);
    // Kept in touch without a thank-you recorded: met, not thanked, so not past thanked.
    expect(furthestStep(trace({ met: true, keepingInTouch: true }))).toBe(2);
    // Kept in touch after a "no": they replied, we did not meet.
    expect(furthestStep(trace({ asked: true, declined: true, keepingInTouch: true }))).toBe(1);
  });

  it("counts the steps with their rates, and says when a step rests on too few", () => {
    const steps = funnel(
      [
        { trace: trace({ asked: true }), count: 6 },
        { trace: trace({ asked: true, answered: true }), count: 2 },
        { trace: trace({ met: true, thanked: true }), count: 2 },
      ],
      10,
    );
    expect(steps.map((s) => [s.step, s.count, s.rate, s.ofAsked, s.tooFew])).toEqual([
      ["asked", 10, null, 1, false],
      ["replied", 4, 0.4, 0.4, false],
      ["met", 2, 0.5, 0.2, true],
      ["thanked", 2, 1, 0.2, true],
      ["in-touch", 0, 0, 0, true],
    ]);
    expect(steps[2]?.note).toBe("Out of only 4: too few to tell.");
  });
});
