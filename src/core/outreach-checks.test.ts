import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { askedMinutes, type CheckLevel, checkOutreach, type OutreachDraft } from "./outreach-checks.js";

const GOOD_BODY = `Dear Priya,

I noticed we both studied chemistry at Leeds. I am exploring how a bench chemist moves into process development, and your path to Novagen is the one I hope to understand.

Would you be open to a 20-minute conversation in the next few weeks? A phone call, a video call or a coffee, whatever suits you.

Best wishes,
Sam`;

const GOOD: OutreachDraft = {
  channel: "email",
  subject: "A fellow Leeds chemist with a question",
  body: GOOD_BODY,
  purpose: "request",
};

function level(draft: OutreachDraft, id: string): CheckLevel | undefined {
  return checkOutreach(draft).find((c) => c.id === id)?.level;
}

function withBody(body: string, rest: Partial<OutreachDraft> = {}): OutreachDraft {
  return { ...GOOD, body, ...rest };
}

const EMAIL_IDS = [
  "length",
  "connection-early",
  "one-question",
  "bounded-time",
  "formats",
  "no-job-ask",
  "about-them",
  "variables",
  "subject",
];

describe("checkOutreach", () => {
  it("passes a good short request on every check, each with a one-line message", () => {
    const checks = checkOutreach(GOOD);
    expect(checks.map((c) => c.id)).toEqual(EMAIL_IDS);
    expect(checks.filter((c) => c.level !== "ok")).toEqual([]);
    for (const c of checks) expect(c.message).toMatch(/^[^\n]{10,120}$/);
  });

  it("skips the subject check on LinkedIn", () => {
    const ids = checkOutreach({ channel: "linkedin", body: "Hi" }).map((c) => c.id);
    expect(ids).toEqual(EMAIL_IDS.slice(0, -1));
  });

  it("flags a 150-word email that asks for a job on at least two checks", () => {
    const body = `Dear Priya, I am looking for a job in process development and I have attached my CV. ${"I am very keen. ".repeat(30)}Would you have 20 minutes for a call or a coffee? Thank you.`;
    const checks = checkOutreach(withBody(body));
    expect(body.split(/\s+/).length).toBe(150);
    expect(checks.filter((c) => c.level !== "ok").length).toBeGreaterThanOrEqual(2);
    expect(checks.find((c) => c.id === "no-job-ask")?.level).toBe("fail");
    expect(checks.find((c) => c.id === "length")?.message).toBe(
      "150 words: aim for under 100 so it reads in one glance.",
    );
  });

  it("fails a 320-character LinkedIn note on length", () => {
    const note =
      `Hi Priya, we both studied chemistry at Leeds. Would you be open to a 20-minute call or coffee? ${"x".repeat(320)}`.slice(
        0,
        320,
      );
    const check = checkOutreach({ channel: "linkedin", body: note, purpose: "linkedin-note" })[0];
    expect(check).toMatchObject({ id: "length", level: "fail" });
    expect(check?.message).toContain("cut 20");
  });

  it("says how many characters are left in a LinkedIn note", () => {
    const check = checkOutreach({ channel: "linkedin", body: "x".repeat(250) })[0];
    expect(check).toMatchObject({ level: "ok", message: "250 characters: 50 left of LinkedIn's 300." });
  });
});

describe("each check", () => {
  it("length: over the limit warns, far over fails, and maxWords moves the limit", () => {
    expect(level(withBody("word ".repeat(120)), "length")).toBe("warn");
    expect(level(withBody("word ".repeat(151)), "length")).toBe("fail");
    expect(level(withBody("word ".repeat(120), { maxWords: 150 }), "length")).toBe("ok");
  });

  it("connection-early: warns when the connection comes late or not at all", () => {
    const late = `Dear Priya, I am exploring process development. ${"It is a field I care about. ".repeat(8)}We both studied at Leeds.`;
    expect(level(withBody(late), "connection-early")).toBe("warn");
    expect(level(withBody("Dear Priya, Tom suggested I write to you."), "connection-early")).toBe("ok");
    expect(level(withBody("Hi, I heard you speak at the Leeds careers fair."), "connection-early")).toBe(
      "ok",
    );
    expect(level(withBody("Hello, I am Sam.", { purpose: "thank-you" }), "connection-early")).toBe("ok");
  });

  it("one-question: wants one ask phrased as a question", () => {
    expect(level(withBody("I would like 20 minutes of your time."), "one-question")).toBe("warn");
    expect(level(withBody("What is it like? Why? How so?"), "one-question")).toBe("warn");
    expect(level(withBody("What is your day like?"), "one-question")).toBe("warn");
    expect(level(withBody("Are you open to a short call?"), "one-question")).toBe("ok");
    expect(level(withBody("Thank you for your time.", { purpose: "thank-you" }), "one-question")).toBe("ok");
  });

  it("bounded-time: wants a set time of an hour at most", () => {
    expect(level(withBody("Could we talk sometime?"), "bounded-time")).toBe("warn");
    expect(level(withBody("Could we talk for 90 minutes?"), "bounded-time")).toBe("warn");
    expect(level(withBody("Could we talk for half an hour?"), "bounded-time")).toBe("ok");
    expect(level(withBody("Thanks again.", { purpose: "stay-in-touch" }), "bounded-time")).toBe("ok");
  });

  it("formats: wants a choice of formats", () => {
    expect(level(withBody("Could we have a 20-minute video call?"), "formats")).toBe("warn");
    expect(level(withBody("Could we talk for 20 minutes?"), "formats")).toBe("warn");
    expect(level(withBody("Could we talk for 20 minutes, by phone or over lunch?"), "formats")).toBe("ok");
    expect(level(withBody("I can offer {{formats}}."), "formats")).toBe("ok");
    expect(level(withBody("Thanks.", { purpose: "follow-up" }), "formats")).toBe("ok");
  });

  it("no-job-ask: fails a job request, a vacancy or an attached CV", () => {
    for (const body of [
      "Are you hiring at the moment?",
      "Do you know of any job openings?",
      "Is there a vacancy in your group?",
      "Please find my résumé attached.",
      "I have attached my CV.",
      "Could you refer me for the analyst role?",
    ])
      expect(level(withBody(body), "no-job-ask"), body).toBe("fail");
    for (const body of [
      "I would love to hear about your role and how hiring works in your field.",
      "What do you need in your role day to day?",
    ])
      expect(level(withBody(body), "no-job-ask"), body).toBe("ok");
  });

  it("about-them: warns when the draft is more about me than them", () => {
    const selfish = "I am Sam. I studied at Leeds and I'm keen on my future. Would you talk to me?";
    const result = checkOutreach(withBody(selfish)).find((c) => c.id === "about-them");
    expect(result?.level).toBe("warn");
    expect(result?.message).toContain("(I/my: 5) than about them (you/your: 1)");
    expect(level(withBody("Your work on your team interests me. Would you talk?"), "about-them")).toBe("ok");
  });

  it("variables: fails while placeholders are left, naming them", () => {
    const left = checkOutreach({ ...GOOD, subject: "Hi {{firstName}}", body: "About {{ learnGoal }}." });
    expect(left.find((c) => c.id === "variables")).toMatchObject({
      level: "fail",
      message: "Fill in {{firstName}} and {{learnGoal}} before sending.",
    });
    expect(level(GOOD, "variables")).toBe("ok");
  });

  it("subject: warns when empty or too long for a phone", () => {
    expect(level({ ...GOOD, subject: "  " }, "subject")).toBe("warn");
    expect(level({ ...GOOD, subject: "x".repeat(80) }, "subject")).toBe("warn");
    expect(level(GOOD, "subject")).toBe("ok");
  });
});

describe("checkOutreach on long drafts", () => {
  it("stays fast on a long pasted text with no punctuation (it runs on every keystroke)", () => {
    const started = performance.now();
    checkOutreach(withBody("a".repeat(50_000)));
    checkOutreach(withBody(`${"x".repeat(200)}\n`.repeat(250)));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("askedMinutes", () => {
  it("reads the time asked for, the longest when several", () => {
    expect(askedMinutes("a quick 20 min call")).toBe(20);
    expect(askedMinutes("a 15-minute chat")).toBe(15);
    expect(askedMinutes("15-20 minutes")).toBe(20);
    expect(askedMinutes("twenty minutes")).toBe(20);
    expect(askedMinutes("half an hour")).toBe(30);
    expect(askedMinutes("a quarter of an hour")).toBe(15);
    expect(askedMinutes("an hour")).toBe(60);
    expect(askedMinutes("2 hours")).toBe(120);
    expect(askedMinutes("a few minutes")).toBeNull();
    expect(askedMinutes("soon")).toBeNull();
  });
});

describe("checkOutreach (properties)", () => {
  it("never throws and always returns every check in order", () => {
    const draft = fc.record({
      channel: fc.constantFrom("email", "linkedin", "phone"),
      subject: fc.option(fc.string(), { nil: undefined }),
      body: fc.string({ maxLength: 600 }),
      purpose: fc.option(fc.constantFrom("request", "thank-you", "follow-up", "other"), { nil: undefined }),
    });
    fc.assert(
      fc.property(draft, (d) => {
        const ids = checkOutreach(d).map((c) => c.id);
        expect(ids).toEqual(d.channel === "email" ? EMAIL_IDS : EMAIL_IDS.slice(0, -1));
      }),
    );
  });
});
