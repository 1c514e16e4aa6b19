import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { contactFixture } from "../core/contact.fixture.js";
import type { Conversation } from "../core/conversation.js";
import { contactsToCsv } from "./contacts-csv.js";
import { notesToMarkdown } from "./notes-markdown.js";

const contact = contactFixture({
  id: "6f1c2b1e-8a4e-4d7b-9a53-0f1f2a3b4c5d",
  firstName: "Zoë",
  lastName: "Ångström, Jr.",
  fullName: "Zoë Ångström, Jr.",
  emails: ["zoe@example.org", "z@lab.example"],
  phones: ["+46 8 123 456"],
  linkedinUrl: "https://www.linkedin.com/in/zoe",
  organizationId: null,
  organization: 'Nordic "Optics" AB',
  title: "Lead",
  location: "Stockholm",
  timeZone: "Europe/Stockholm",
  source: "event",
  sourceDetail: null,
  introducedById: null,
  mayMentionIntroducer: null,
  relationshipStrength: "warm",
  tags: ["optics", "lasers"],
  needs: "A Python person",
  notes: "Line one\nLine two",
  lastTouchAt: null,
  nextTouchAt: null,
  stayInTouchDays: null,
  archived: false,
  archivedAt: null,
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-01T10:00:00.000Z",
});

describe("contacts as CSV", () => {
  it("reads back the same values, commas, quotes, accents and line breaks included", () => {
    const csv = contactsToCsv([contact]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, row] = parse(csv, { bom: true }) as string[][];
    const record = Object.fromEntries((header ?? []).map((h, i) => [h, row?.[i]]));
    expect(record).toMatchObject({
      "First Name": "Zoë",
      "Last Name": "Ångström, Jr.",
      "E-mails": "zoe@example.org; z@lab.example",
      Organisation: 'Nordic "Optics" AB',
      Tags: "optics; lasers",
      Notes: "Line one\nLine two",
      Id: contact.id,
    });
  });
});

describe("notes as Markdown", () => {
  it("has a section per person with their conversations' notes", () => {
    const conversation = {
      id: "c1",
      contactId: contact.id,
      stage: "done",
      scheduledAt: "2026-11-20T09:00:00.000Z",
      prep: "",
      notes: "They moved from academia.",
      insights: "Industry labs hire postdocs.",
    } as Conversation;
    const markdown = notesToMarkdown({
      contacts: [contact],
      conversations: [conversation],
      zone: "Europe/Stockholm",
      exportedAt: new Date("2026-11-22T10:00:00Z"),
    });
    expect(markdown).toContain("## Zoë Ångström, Jr.");
    expect(markdown).toContain('_Lead, Nordic "Optics" AB_');
    expect(markdown).toContain("### Conversation: 20 November 2026, 10:00 (Done)");
    expect(markdown).toContain("They moved from academia.");
    expect(markdown).toContain("**Insights**");
    expect(markdown).not.toContain("**Preparation**");
  });
});
