import { describe, expect, it } from "vitest";
import { allowedMoves, canMove, refusedMove, STAGE_LABELS, STAGES, type Stage } from "./stages.js";

// The intended table, written out independently of STAGE_MOVES.
const INTENDED: Record<Stage, readonly Stage[]> = {
  idea: ["to-ask", "asked", "scheduled", "cancelled"],
  "to-ask": ["idea", "asked", "scheduled", "cancelled"],
  asked: ["scheduled", "done", "declined", "no-response", "cancelled"],
  scheduled: ["done", "declined", "cancelled"],
  done: ["thanked", "keeping-in-touch"],
  thanked: ["keeping-in-touch"],
  "keeping-in-touch": [],
  declined: ["to-ask", "keeping-in-touch"],
  "no-response": ["to-ask", "asked", "scheduled"],
  cancelled: ["to-ask", "scheduled"],
};

const ALL: Stage[] = [
  "idea",
  "to-ask",
  "asked",
  "scheduled",
  "done",
  "thanked",
  "keeping-in-touch",
  "declined",
  "no-response",
  "cancelled",
];

const PAIRS: [Stage, Stage, boolean][] = ALL.flatMap((from) =>
  ALL.map((to): [Stage, Stage, boolean] => [from, to, INTENDED[from].includes(to)]),
);

describe("conversation stages", () => {
  it("are the ten stages of the practice", () => {
    expect([...STAGES].sort()).toEqual([...ALL].sort());
    expect(PAIRS).toHaveLength(100);
  });

  it.each(PAIRS)("moving %s -> %s is allowed: %s", (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
    const refusal = refusedMove(from, to);
    if (allowed) {
      expect(refusal).toBeNull();
      return;
    }
    expect(refusal).toEqual(expect.any(String));
    // The refusal names where the conversation can go instead.
    for (const next of INTENDED[from]) expect(refusal).toContain(STAGE_LABELS[next]);
    expect(refusal).toContain(STAGE_LABELS[from]);
    expect(refusal).toContain(STAGE_LABELS[to]);
  });

  it.each(ALL)("offers exactly the intended next stages from %s", (from) => {
    expect([...allowedMoves(from)].sort()).toEqual([...INTENDED[from]].sort());
  });

  it("refuses to put a scheduled conversation back to an idea, and says where it can go", () => {
    expect(canMove("scheduled", "idea")).toBe(false);
    const refusal = refusedMove("scheduled", "idea") ?? "";
    expect(refusal).toMatch(/Scheduled/);
    expect(refusal).toMatch(/Idea/);
    for (const label of ["Done", "Declined", "Cancelled"]) expect(refusal).toContain(label);
    expect(refusal).not.toContain("To ask");
  });

  it("says keeping in touch is the last stage", () => {
    expect(refusedMove("keeping-in-touch", "done")).toMatch(/last stage/);
  });

  it("says when the conversation already is at the stage, and where it can go", () => {
    const refusal = refusedMove("asked", "asked") ?? "";
    expect(refusal).toMatch(/already at Asked/);
    for (const next of INTENDED.asked) expect(refusal).toContain(STAGE_LABELS[next]);
  });
});
