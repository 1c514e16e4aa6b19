import { describe, expect, it } from "vitest";
import { fillInProblem } from "./fill-in.js";
import { checkOutreach } from "./outreach-checks.js";

const LABEL = "What you want to learn";

describe("fillInProblem", () => {
  it("accepts a phrase that reads inside the sentence", () => {
    for (const phrase of [
      "how research careers work at the lab",
      "NASA missions",
      "whether my PhD skills transfer",
    ])
      expect(fillInProblem(LABEL, phrase)).toBeNull();
  });

  it("flags an empty value, several clauses, a capital mid-sentence and punctuation before the template's own", () => {
    expect(fillInProblem(LABEL, "  ")).toMatch(/empty/);
    expect(
      fillInProblem(LABEL, "what the day looks like; whether my PhD skills transfer; how teams hire"),
    ).toMatch(/several sentences or a list/);
    expect(fillInProblem(LABEL, "How labs hire")).toMatch(/capital letter.*"how labs hire"/);
    expect(fillInProblem(LABEL, "how labs hire.")).toMatch(/ends with "\."/);
    expect(fillInProblem(LABEL, "is it a good place to start? maybe")).toMatch(/question/);
    expect(fillInProblem(LABEL, "the day, the skills, the hiring")).toMatch(/several ideas/);
  });
});

describe("the outreach checks, with the values filled in", () => {
  const draft = {
    channel: "email",
    subject: "A question about your work",
    body: "Dear Ada,\n\nI am exploring how labs hire. Would you have 20 minutes for a call or a coffee?",
  };

  it("flag a filled value that does not read in its sentence, naming it", () => {
    const checks = checkOutreach({
      ...draft,
      fillIns: { learnGoal: "How labs hire; what the day is like." },
    });
    expect(checks.find((c) => c.id === "fill-ins")).toMatchObject({
      level: "warn",
      message: expect.stringMatching(/^What you want to learn holds several sentences/),
    });
  });

  it("say so when every value reads, and stay silent without values", () => {
    expect(
      checkOutreach({ ...draft, fillIns: { learnGoal: "how labs hire" } }).find((c) => c.id === "fill-ins"),
    ).toMatchObject({ level: "ok" });
    expect(checkOutreach(draft).some((c) => c.id === "fill-ins")).toBe(false);
  });
});
