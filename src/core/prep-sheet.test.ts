import { describe, expect, it } from "vitest";
import { sampleInput } from "./prep-sheet.fixture.js";
import { buildPrepSheet, INTRO_PLACEHOLDER } from "./prep-sheet.js";

describe("buildPrepSheet", () => {
  it("names the contact, the goal and the questions of a 30-minute company conversation", () => {
    const sheet = buildPrepSheet(sampleInput());
    expect(sheet.title).toBe("Prep: video call with Grace Hopper (Acme)");
    expect(sheet.who).toMatchObject({
      name: "Grace Hopper",
      role: "Engineering Manager",
      organization: "Acme",
      howConnected: "Introduced by Ada Lovelace",
      needs: "Hiring two data engineers",
      notes: null,
    });
    expect(sheet.who.links).toEqual(["https://www.linkedin.com/in/gracehopper", "grace@acme.example"]);
    expect(sheet.who.earlier).toEqual(["10 Nov 2026: She said yes to a call", "5 Nov 2026: email (out)"]);
    expect(sheet.why.goals).toEqual([
      { title: "Explore data engineering", description: "Is it a good fit after a PhD in chemistry?" },
    ]);
    // The goal says what I want to learn in its own words: no generic suggestion beside it.
    expect(sheet.why.learn).toBeNull();
    expect(sheet.intro).toBe("I am a chemist moving into data work.");
    expect(sheet.questions).toHaveLength(10);
    expect(sheet.questions[0]).toMatchObject({ area: "path", areaLabel: "Their path and role" });
    // "May I mention that you suggested I get in touch?" follows "Who else…?", never comes before it.
    expect(sheet.questions.at(-2)?.text).toContain("Who else");
    expect(sheet.questions.at(-1)?.text).toMatch(/^May I mention that you suggested/);
  });

  it("gives the time in both zones when they differ", () => {
    const { logistics } = buildPrepSheet(sampleInput());
    expect(logistics[0]).toBe("Tuesday 24 Nov 2026 (tomorrow), 15:00–15:30 your time (Europe/London)");
    expect(logistics[1]).toBe("10:00–10:30 their time (New York)");
    expect(logistics).toContain("Video call: https://meet.example/abc");
    expect(logistics).toContain("Keep to 30 minutes: they gave you their time.");
    expect(logistics.some((l) => l.includes("5 minutes early"))).toBe(true);
    expect(logistics).not.toContain("You invited them: offer to pay.");
  });

  it("names their day when it differs from mine", () => {
    const input = sampleInput({ scheduledAt: "2026-11-24T18:00:00Z" });
    input.contact.timeZone = "Asia/Tokyo";
    const { logistics } = buildPrepSheet(input);
    expect(logistics[1]).toBe("Wednesday 25 Nov, 03:00–03:30 their time (Tokyo)");
  });

  it("gives one time line when the zones agree or theirs is unknown", () => {
    const input = sampleInput();
    input.contact.timeZone = null;
    expect(buildPrepSheet(input).logistics.filter((l) => l.includes("time ("))).toHaveLength(1);
    input.contact.timeZone = "Europe/London";
    expect(buildPrepSheet(input).logistics.filter((l) => l.includes("time ("))).toHaveLength(1);
  });

  it("says when the conversation is not scheduled yet", () => {
    const { logistics } = buildPrepSheet(sampleInput({ scheduledAt: null }));
    expect(logistics[0]).toMatch(/^Not scheduled yet/);
  });

  it("reminds me to be early and to pay when I invited them for coffee", () => {
    const sheet = buildPrepSheet(
      sampleInput({ format: "coffee", place: "Blue Door Café", durationMinutes: 20 }),
    );
    expect(sheet.title).toBe("Prep: coffee with Grace Hopper (Acme)");
    expect(sheet.logistics).toEqual(
      expect.arrayContaining([
        "Coffee: Blue Door Café",
        "Be there 5 minutes early.",
        "You invited them: offer to pay.",
        "Keep to 20 minutes: they gave you their time.",
      ]),
    );
    expect(sheet.logistics[0]).toContain("15:00–15:20");
  });

  it("suggests what to learn only when neither my notes nor a goal say it", () => {
    const input = sampleInput();
    input.goals = [{ title: "Explore data engineering", description: "  " }];
    expect(buildPrepSheet(input).why.learn).toMatch(/work at Acme.*A suggestion/);
    input.goals = [];
    expect(buildPrepSheet(input).why.learn).toMatch(/work at Acme.*A suggestion/);
  });

  it("puts a placeholder for my introduction when I have none, and uses my prep notes when written", () => {
    const input = sampleInput({ prep: "How the data team works with the labs." });
    input.me.intro = "   ";
    const sheet = buildPrepSheet(input);
    expect(sheet.intro).toBe(INTRO_PLACEHOLDER);
    expect(sheet.intro).toContain("Settings");
    expect(sheet.why.learn).toBe("How the data team works with the labs.");
  });

  it("lists at most five earlier touches, newest first", () => {
    const input = sampleInput();
    input.interactions = Array.from({ length: 8 }, (_, i) => ({
      occurredAt: `2026-10-0${i + 1}T12:00:00Z`,
      summary: `Touch ${i + 1}`,
      kind: "note",
      direction: "none",
    }));
    expect(buildPrepSheet(input).who.earlier).toEqual([
      "8 Oct 2026: Touch 8",
      "7 Oct 2026: Touch 7",
      "6 Oct 2026: Touch 6",
      "5 Oct 2026: Touch 5",
      "4 Oct 2026: Touch 4",
    ]);
  });

  it("leaves the organisation out of the title when there is none", () => {
    const input = sampleInput({ format: null });
    input.contact.organization = null;
    expect(buildPrepSheet(input).title).toBe("Prep: conversation with Grace Hopper");
  });
});
