import { describe, expect, it } from "vitest";
import type { OutreachCheck } from "../../core/outreach-checks.js";
import type { Template } from "../api/types.js";
import {
  composeUrl,
  defaultTemplate,
  fillPlaceholders,
  kindOfPurpose,
  mailtoUrl,
  noteLength,
  purposeOfKind,
  sortChecks,
  summarizeChecks,
  templateOptions,
} from "./outreach.js";

function template(fields: Partial<Template>): Template {
  return {
    id: "t",
    builtinKey: null,
    kind: "request",
    channel: "email",
    name: "A template",
    subject: "",
    body: "Hello",
    position: 0,
    hidden: false,
    edited: false,
    variables: [],
    createdAt: "2026-11-01T09:00:00Z",
    updatedAt: "2026-11-01T09:00:00Z",
    ...fields,
  };
}

const library = [
  template({ id: "cold", builtinKey: "request-cold", name: "Cold" }),
  template({ id: "alumni", builtinKey: "request-alumni", name: "Alumni" }),
  template({ id: "referred", builtinKey: "request-referred", name: "Referred" }),
  template({
    id: "note",
    builtinKey: "linkedin-note",
    kind: "linkedin-note",
    channel: "linkedin",
    name: "Note",
  }),
  template({ id: "thanks", builtinKey: "thank-you", kind: "thank-you", name: "Thanks", hidden: true }),
  template({ id: "mine", kind: "thank-you", name: "My thanks" }),
];

describe("defaultTemplate", () => {
  it("picks the request variant that suits how I know them", () => {
    expect(defaultTemplate(library, "request", { source: "alumni", introducedById: null })?.id).toBe(
      "alumni",
    );
    expect(defaultTemplate(library, "request", { source: "friend", introducedById: "x" })?.id).toBe(
      "referred",
    );
    expect(defaultTemplate(library, "request", { source: null, introducedById: null })?.id).toBe("cold");
    expect(defaultTemplate(library, "request", null)?.id).toBe("cold");
  });

  it("takes the first visible one of other kinds, and never a hidden one", () => {
    expect(defaultTemplate(library, "thank-you", null)?.id).toBe("mine");
    expect(defaultTemplate(library, "linkedin-note", null)?.id).toBe("note");
    expect(defaultTemplate(library, "stay-in-touch", null)?.id).toBe("cold");
    expect(defaultTemplate([], "request", null)).toBeNull();
  });
});

describe("kinds and purposes", () => {
  it("sends a LinkedIn note as a request, and reads purposes from links", () => {
    expect(purposeOfKind("linkedin-note")).toBe("request");
    expect(purposeOfKind("thank-you")).toBe("thank-you");
    expect(kindOfPurpose("follow-up")).toBe("follow-up");
    expect(kindOfPurpose("other")).toBe("request");
    expect(kindOfPurpose(null)).toBe("request");
  });

  it("groups visible templates by kind for the select", () => {
    expect(templateOptions(library)).toEqual([
      {
        group: "Requests",
        items: [
          { value: "cold", label: "Cold" },
          { value: "alumni", label: "Alumni" },
          { value: "referred", label: "Referred" },
        ],
      },
      { group: "LinkedIn notes", items: [{ value: "note", label: "Note" }] },
      { group: "Thank-yous", items: [{ value: "mine", label: "My thanks" }] },
    ]);
  });
});

describe("checks", () => {
  const checks: OutreachCheck[] = [
    { id: "length", level: "ok", message: "Short" },
    { id: "job", level: "fail", message: "Job" },
    { id: "time", level: "warn", message: "Time" },
    { id: "vars", level: "fail", message: "Vars" },
  ];

  it("sums up what to fix and what to consider", () => {
    expect(summarizeChecks(checks)).toMatchObject({
      fail: 2,
      warn: 1,
      ok: 1,
      level: "fail",
      text: "2 to fix, 1 to consider",
    });
    expect(summarizeChecks(checks.filter((c) => c.level !== "fail")).text).toBe("1 to consider");
    expect(summarizeChecks([checks[0] as OutreachCheck]).text).toBe("All 1 checks pass");
  });

  it("lists problems first, keeping the checks' own order", () => {
    expect(sortChecks(checks).map((check) => check.id)).toEqual(["job", "vars", "time", "length"]);
  });
});

describe("mailtoUrl", () => {
  it("encodes subject and body, with CRLF line breaks", () => {
    expect(mailtoUrl("ada@example.org", "Hello & welcome", "Line one\nLine two?")).toBe(
      "mailto:ada@example.org?subject=Hello%20%26%20welcome&body=Line%20one%0D%0ALine%20two%3F",
    );
    expect(mailtoUrl(null, "", "")).toBe("mailto:");
  });
});

describe("texts", () => {
  it("counts characters as LinkedIn does", () => {
    expect(noteLength("  café ☕  ")).toBe(6);
  });

  it("fills the placeholders still in a text, leaving the rest", () => {
    expect(
      fillPlaceholders("Hi {{firstName}}, about {{ learnGoal }}: {{minutes}}", {
        learnGoal: "labs",
        minutes: " ",
      }),
    ).toBe("Hi {{firstName}}, about labs: {{minutes}}");
  });

  it("makes composer links with what is given", () => {
    expect(composeUrl({ contactId: "c1", conversationId: null, purpose: "thank-you" })).toBe(
      "/compose?contactId=c1&purpose=thank-you",
    );
    expect(composeUrl({})).toBe("/compose");
  });
});
