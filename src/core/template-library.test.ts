import { describe, expect, it } from "vitest";
import { checkOutreach, countWords } from "./outreach-checks.js";
import {
  isVariableName,
  joinFormats,
  renderTemplate,
  TEMPLATE_KINDS,
  type TemplateValues,
} from "./template.js";
import { BUILTIN_TEMPLATES, type TemplateText } from "./template-library.js";

/** Values a real user would fill in; a little long on purpose, so length limits are tested honestly. */
const REALISTIC: TemplateValues = {
  firstName: "Priya",
  lastName: "Raman",
  fullName: "Priya Raman",
  organization: "Novagen Therapeutics",
  title: "Senior Process Chemist",
  myName: "Sam Okafor",
  myFirstName: "Sam",
  connection: "we both studied chemistry at the University of Leeds",
  learnGoal: "how a bench chemist moves into process development",
  minutes: 20,
  formats: joinFormats(["phone", "video", "coffee"]),
  introducerFirstName: "Tom",
  specificPoint: "learning scale-up on the job rather than through another degree",
  myUpdate: "I joined the pilot-plant rotation at work and started a short course in process safety",
  conversationDate: "12 March",
};

/** The connection phrase differs with how the two people met. */
const CONNECTION_FOR: Record<string, string> = {
  "request-event": "we spoke after your talk at the Bioscience Careers Fair",
  "request-explained": "Dr Ana Lopes, my supervisor, recommended you",
};

function rendered(template: TemplateText) {
  const connection = CONNECTION_FOR[template.builtinKey] ?? REALISTIC.connection;
  return renderTemplate(template, { ...REALISTIC, connection });
}

function checksOf(template: TemplateText) {
  const { subject, body } = rendered(template);
  return checkOutreach({ channel: template.channel, subject, body, purpose: template.kind });
}

describe("built-in templates", () => {
  it("have unique keys", () => {
    const keys = BUILTIN_TEMPLATES.map((t) => t.builtinKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(10);
  });

  it("include at least one template of each kind", () => {
    for (const kind of TEMPLATE_KINDS) expect(BUILTIN_TEMPLATES.some((t) => t.kind === kind)).toBe(true);
  });

  it("use only known variables, sign off with {{myName}}, and give LinkedIn notes no subject", () => {
    for (const t of BUILTIN_TEMPLATES) {
      const used = [...`${t.subject} ${t.body}`.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "");
      expect(
        used.filter((name) => !isVariableName(name)),
        t.builtinKey,
      ).toEqual([]);
      expect(t.body.trimEnd().endsWith("{{myName}}"), t.builtinKey).toBe(true);
      if (t.channel === "linkedin") expect(t.subject, t.builtinKey).toBe("");
      else expect(t.subject, t.builtinKey).not.toBe("");
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.builtinKey, t] as const))(
    "%s renders with realistic values and fails no check",
    (_key, template) => {
      expect(rendered(template).missing).toEqual([]);
      expect(checksOf(template).filter((c) => c.level === "fail")).toEqual([]);
    },
  );

  it("pass every check when they ask for a conversation", () => {
    const asking = BUILTIN_TEMPLATES.filter((t) =>
      ["request", "intro-request", "linkedin-note"].includes(t.kind),
    );
    for (const t of asking)
      expect(
        checksOf(t).filter((c) => c.level !== "ok"),
        t.builtinKey,
      ).toEqual([]);
  });

  it("keep requests under 100 words", () => {
    for (const t of BUILTIN_TEMPLATES.filter((t) => t.kind === "request"))
      expect(countWords(rendered(t).body), t.builtinKey).toBeLessThan(100);
  });

  it("keep LinkedIn notes within LinkedIn's 300 characters", () => {
    const notes = BUILTIN_TEMPLATES.filter((t) => t.kind === "linkedin-note");
    expect(notes.length).toBeGreaterThan(0);
    for (const t of notes) expect(rendered(t).body.length, t.builtinKey).toBeLessThanOrEqual(300);
  });

  it("ask for the bounded time and offer the formats in every request", () => {
    for (const t of BUILTIN_TEMPLATES.filter((t) => t.kind === "request" || t.kind === "intro-request")) {
      expect(t.body, t.builtinKey).toContain("{{minutes}}");
      expect(t.body, t.builtinKey).toContain("{{formats}}");
    }
  });

  it("mention what was learned in the thank-you and the update in the stay-in-touch", () => {
    expect(
      BUILTIN_TEMPLATES.some((t) => t.kind === "thank-you" && t.body.includes("{{specificPoint}}")),
    ).toBe(true);
    expect(BUILTIN_TEMPLATES.some((t) => t.kind === "stay-in-touch" && t.body.includes("{{myUpdate}}"))).toBe(
      true,
    );
  });
});
