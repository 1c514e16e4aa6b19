import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  joinFormats,
  renderTemplate,
  TEMPLATE_VARIABLES,
  type TemplateValues,
  templateVariables,
  VARIABLE_NAMES,
} from "./template.js";

const request = {
  subject: "A question about your work at {{organization}}",
  body: "Dear {{firstName}},\n\nWould you have {{minutes}} minutes to talk about {{learnGoal}}?\n\n{{myName}}",
};

describe("renderTemplate", () => {
  it("puts the contact's first name in the body of a request", () => {
    const out = renderTemplate(request, {
      firstName: "Priya",
      organization: "Novagen",
      minutes: 20,
      learnGoal: "process development",
      myName: "Sam Okafor",
    });
    expect(out.body).toContain("Dear Priya,");
    expect(out.body).toContain("20 minutes");
    expect(out.subject).toBe("A question about your work at Novagen");
    expect(out.missing).toEqual([]);
  });

  it("keeps a missing variable visible and names it", () => {
    const out = renderTemplate(request, { firstName: "Priya", organization: "Novagen", minutes: 20 });
    expect(out.body).toContain("{{learnGoal}}");
    expect(out.body).toContain("{{myName}}");
    expect(out.missing).toEqual(["learnGoal", "myName"]);
  });

  it("counts empty and blank values as missing, but not zero", () => {
    const out = renderTemplate(
      { subject: "", body: "{{firstName}} {{title}} {{organization}} {{minutes}}" },
      { firstName: "", title: "   ", organization: null, minutes: 0 },
    );
    expect(out.body).toBe("{{firstName}} {{title}} {{organization}} 0");
    expect(out.missing).toEqual(["firstName", "title", "organization"]);
  });

  it("allows spaces inside the braces and lists each missing name once, subject first", () => {
    const out = renderTemplate(
      { subject: "Hi {{ firstName }}", body: "{{firstName}}, {{ myName}} and {{firstName }}" },
      { myName: "Sam" },
    );
    expect(out.subject).toBe("Hi {{ firstName }}");
    expect(out.body).toBe("{{firstName}}, Sam and {{firstName }}");
    expect(out.missing).toEqual(["firstName"]);
  });

  it("keeps and reports unknown variables", () => {
    const out = renderTemplate({ subject: "", body: "{{firstName}} at {{company}}" }, { firstName: "Priya" });
    expect(out.body).toBe("Priya at {{company}}");
    expect(out.missing).toEqual(["company"]);
  });

  it("does not fill in placeholders that appear inside a value", () => {
    const out = renderTemplate({ subject: "", body: "{{specificPoint}}" }, { specificPoint: "{{myName}}" });
    expect(out.body).toBe("{{myName}}");
    expect(out.missing).toEqual([]);
  });
});

describe("templateVariables", () => {
  it("lists the variables a text uses, once each, in order", () => {
    expect(templateVariables("{{ a }} {{b}} {{a}} {{}} { {c} }")).toEqual(["a", "b"]);
    expect(templateVariables("no placeholders")).toEqual([]);
  });
});

describe("TEMPLATE_VARIABLES", () => {
  it("describes every variable", () => {
    for (const name of VARIABLE_NAMES) expect(TEMPLATE_VARIABLES[name].length).toBeGreaterThan(5);
  });
});

describe("joinFormats", () => {
  it("joins format ids in natural words", () => {
    expect(joinFormats(["phone", "video", "coffee"])).toBe("a phone call, a video call or a coffee");
    expect(joinFormats(["coffee", "lunch"])).toBe("a coffee or lunch");
    expect(joinFormats(["in-person"])).toBe("meeting in person");
    expect(joinFormats([])).toBe("");
  });

  it("puts 'whatever suits you best' last, drops repeats and passes free text through", () => {
    expect(joinFormats(["other", "phone", "phone"])).toBe("a phone call or whatever suits you best");
    expect(joinFormats(["video", " A Walk "])).toBe("a video call or a walk");
    expect(joinFormats(["constructor"])).toBe("constructor");
  });
});

describe("renderTemplate (properties)", () => {
  const value = fc.string({ minLength: 1 }).filter((s) => s.trim() !== "" && !/[{}]/.test(s));
  const allValues = fc.record(
    Object.fromEntries(VARIABLE_NAMES.map((name) => [name, value])) as Record<
      (typeof VARIABLE_NAMES)[number],
      fc.Arbitrary<string>
    >,
  );
  const text = fc.array(
    fc.oneof(
      fc.string().filter((s) => !/[{}]/.test(s)),
      fc.constantFrom(...VARIABLE_NAMES).map((name) => `{{${name}}}`),
    ),
  );

  it("leaves no placeholder and nothing missing when every variable has a value", () => {
    fc.assert(
      fc.property(text, text, allValues, (subject, body, values) => {
        const out = renderTemplate({ subject: subject.join(""), body: body.join("") }, values);
        expect(out.missing).toEqual([]);
        expect(out.subject + out.body).not.toContain("{{");
      }),
    );
  });

  it("never throws, and every missing variable stays visible", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.dictionary(fc.string(), fc.string()),
        (subject, body, values) => {
          const out = renderTemplate({ subject, body }, values as TemplateValues);
          expect(templateVariables(`${out.subject}\n${out.body}`)).toEqual(
            expect.arrayContaining(out.missing),
          );
        },
      ),
    );
  });
});
