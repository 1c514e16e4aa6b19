import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { TEMPLATE_KINDS } from "../core/template.js";
import type { ServiceContext } from "../services/context.js";
import { createApp } from "./app.js";

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field below
type Json = any;

describe.each(dialects)("outreach through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let ctx: ServiceContext;
  let app: ReturnType<typeof createApp>;
  const call = async (
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: Json }> => {
    const response = await app.request(path, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: response.status === 204 ? null : await response.json() };
  };

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock("2026-11-24T08:00:00.000Z"));
    ctx = t.ctx;
    app = createApp({ contextFor: () => ctx, version: "test" });
  });
  afterEach(async () => {
    await t.close();
  });

  it("lists our templates, one of each kind at least, and renders a request with their first name", async () => {
    const { json } = await call("GET", "/api/templates");
    expect(json.items.length).toBeGreaterThanOrEqual(8);
    for (const kind of TEMPLATE_KINDS) expect(json.items.some((t: Json) => t.kind === kind)).toBe(true);
    const request = json.items.find((t: Json) => t.builtinKey === "request-cold");
    const contact = (
      await call("POST", "/api/contacts", { firstName: "Grace", lastName: "Hopper", organization: "Navy" })
    ).json;
    const draft = await call("POST", `/api/templates/${request.id}/render`, {
      contactId: contact.id,
      values: { learnGoal: "how compilers are built" },
    });
    expect(draft.status).toBe(200);
    expect(draft.json.body).toContain("Grace");
    expect(draft.json.body).toContain("how compilers are built");
    // My name is not set yet: it is named as missing and stays visible, not blank.
    expect(draft.json.missing).toContain("myName");
    expect(draft.json.body).toContain("{{myName}}");
    await call("PATCH", "/api/settings", { name: "Zoë Martin" });
    const named = await call("POST", `/api/templates/${request.id}/render`, { contactId: contact.id });
    expect(named.json.body).toContain("Zoë Martin");
    expect(named.json.missing).not.toContain("myName");
  });

  it("fills a request for an introduction with the person to meet, addressed to the one who introduces", async () => {
    const intro = (await call("GET", "/api/templates")).json.items.find(
      (t: Json) => t.builtinKey === "intro-request",
    );
    const ana = (await call("POST", "/api/contacts", { firstName: "Ana", lastName: "Lind" })).json;
    const cy = (
      await call("POST", "/api/contacts", {
        firstName: "Cy",
        lastName: "Reyes",
        title: "Lab manager",
        organization: "Globex",
      })
    ).json;
    const draft = await call("POST", `/api/templates/${intro.id}/render`, {
      contactId: ana.id,
      introduceToId: cy.id,
    });
    expect(draft.status).toBe(200);
    expect(draft.json.subject).toBe("Could you introduce me to Cy Reyes?");
    expect(draft.json.body).toContain("Hi Ana,");
    expect(draft.json.body).toContain("Cy Reyes, Lab manager at Globex");

    const self = await call("POST", `/api/templates/${intro.id}/render`, {
      contactId: ana.id,
      introduceToId: ana.id,
    });
    expect(self.status).toBe(400);
    expect(self.json.error.field).toBe("introduceToId");
    const unknown = await call("POST", `/api/templates/${intro.id}/render`, {
      contactId: ana.id,
      introduceToId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toContain("introduceToId");
  });

  it("takes what I want to learn from the conversation's goal, as a phrase that reads in a sentence", async () => {
    const request = (await call("GET", "/api/templates")).json.items.find(
      (t: Json) => t.builtinKey === "request-cold",
    );
    const contact = (await call("POST", "/api/contacts", { firstName: "Grace" })).json;
    const goal = (
      await call("POST", "/api/goals", {
        title: "Compilers at a national lab",
        kind: "role",
        description: "How research careers work at the lab.",
      })
    ).json;
    const asQuestion = (
      await call("POST", "/api/goals", {
        title: "Roche",
        kind: "company",
        description: "Is it a good place to start?",
      })
    ).json;
    const render = async (goalIds: string[]) => {
      const conversation = (await call("POST", "/api/conversations", { contactId: contact.id, goalIds }))
        .json;
      return (
        await call("POST", `/api/templates/${request.id}/render`, {
          contactId: contact.id,
          conversationId: conversation.id,
        })
      ).json;
    };
    expect((await render([goal.id])).body).toContain("how research careers work at the lab");
    expect((await render([asQuestion.id])).body).toContain("Roche");
    const list = (
      await call("POST", "/api/goals", {
        title: "Data science in pharma",
        kind: "industry",
        description: "what the day looks like; whether my PhD skills transfer; how teams hire",
      })
    ).json;
    const listed = (await render([list.id])).body;
    expect(listed).toContain("exploring Data science in pharma");
    expect(listed).not.toContain(";");
  });

  it("fills learnGoal with the phrase given for the goal, refuses one that would not read, and keeps it in the backup", async () => {
    const request = (await call("GET", "/api/templates")).json.items.find(
      (t: Json) => t.builtinKey === "request-cold",
    );
    const contact = (await call("POST", "/api/contacts", { firstName: "Grace" })).json;
    const refused = await call("POST", "/api/goals", {
      title: "Data science in pharma",
      kind: "industry",
      learnPhrase: "What the day looks like; how teams hire",
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.field).toBe("learnPhrase");
    expect((await call("GET", "/api/goals")).json.items).toHaveLength(0);

    const goal = (
      await call("POST", "/api/goals", {
        title: "Data science in pharma",
        kind: "industry",
        description: "what the day looks like; whether my PhD skills transfer; how teams hire",
        learnPhrase: "how pharma teams hire data scientists",
      })
    ).json;
    expect(goal.learnPhrase).toBe("how pharma teams hire data scientists");
    const conversation = (
      await call("POST", "/api/conversations", { contactId: contact.id, goalIds: [goal.id] })
    ).json;
    const render = async () =>
      (
        await call("POST", `/api/templates/${request.id}/render`, {
          contactId: contact.id,
          conversationId: conversation.id,
        })
      ).json.body as string;
    expect(await render()).toContain("exploring how pharma teams hire data scientists");

    const badEdit = await call("PATCH", `/api/goals/${goal.id}`, { learnPhrase: "How labs hire." });
    expect(badEdit.status).toBe(400);
    expect(badEdit.json.error.field).toBe("learnPhrase");
    expect((await call("GET", `/api/goals/${goal.id}`)).json.learnPhrase).toBe(
      "how pharma teams hire data scientists",
    );

    const backup = await t.ctx.repos.backup.page("goals", undefined, 10);
    expect(backup.rows[0]).toMatchObject({ learn_phrase: "how pharma teams hire data scientists" });

    // Cleared, the goal lends its title again, as before it had a phrase.
    await call("PATCH", `/api/goals/${goal.id}`, { learnPhrase: "" });
    expect(await render()).toContain("exploring Data science in pharma");
  });

  it("thanks for the day a conversation took place, never a day to come, naming the point kept with it", async () => {
    const thankYou = (await call("GET", "/api/templates")).json.items.find(
      (t: Json) => t.builtinKey === "thank-you",
    );
    const contact = (await call("POST", "/api/contacts", { firstName: "Grace" })).json;
    // Scheduled for tomorrow (25 November), but marked done today (24 November).
    const conversation = (
      await call("POST", "/api/conversations", {
        contactId: contact.id,
        stage: "scheduled",
        scheduledAt: "2026-11-25T14:00:00Z",
      })
    ).json;
    const render = async () =>
      (
        await call("POST", `/api/templates/${thankYou.id}/render`, {
          contactId: contact.id,
          conversationId: conversation.id,
        })
      ).json;
    // Not held yet: the date is asked for, not guessed.
    expect((await render()).missing).toContain("conversationDate");
    await call("POST", `/api/conversations/${conversation.id}/stage`, { stage: "done" });
    const kept = await call("PATCH", `/api/conversations/${conversation.id}`, {
      thankYouPoint: "  moving from the bench into process development ",
    });
    expect(kept.json.thankYouPoint).toBe("moving from the bench into process development");
    const draft = await render();
    expect(draft.body).toContain("talking with me on Tuesday 24 November");
    expect(draft.body).not.toContain("25 November");
    expect(draft.body).toContain("What you said about moving from the bench into process development");
    expect(draft.missing).not.toContain("specificPoint");
    expect(
      (await call("PATCH", `/api/conversations/${conversation.id}`, { thankYouPoint: "x".repeat(1001) })).json
        .error.field,
    ).toBe("thankYouPoint");
  });

  it("edits, resets, hides, adds and deletes templates; another user sees none of mine", async () => {
    const { json } = await call("GET", "/api/templates");
    const ours = json.items[0];
    const edited = await call("PATCH", `/api/templates/${ours.id}`, {
      body: "Hello {{firstName}}, short and kind?",
    });
    expect(edited.json.edited).toBe(true);
    expect(edited.json.variables).toContain("firstName");
    const reset = await call("PATCH", `/api/templates/${ours.id}`, { reset: true });
    expect(reset.json.edited).toBe(false);
    expect((await call("DELETE", `/api/templates/${ours.id}`)).json).toEqual({
      deleted: false,
      hidden: true,
    });
    expect((await call("GET", "/api/templates")).json.items.map((t: Json) => t.id)).not.toContain(ours.id);
    expect(
      (await call("GET", "/api/templates?includeHidden=true")).json.items.map((t: Json) => t.id),
    ).toContain(ours.id);

    const mine = await call("POST", "/api/templates", {
      name: "Mine",
      kind: "follow-up",
      body: "Hi {{firstName}}?",
    });
    expect(mine.status).toBe(201);
    expect((await call("POST", "/api/templates", { name: "", kind: "nope", body: "" })).status).toBe(400);

    ctx = await t.otherUser();
    expect((await call("GET", `/api/templates/${mine.json.id}`)).status).toBe(404);
    expect((await call("PATCH", `/api/templates/${mine.json.id}`, { name: "x" })).status).toBe(404);
    expect((await call("DELETE", `/api/templates/${mine.json.id}`)).status).toBe(404);
    expect((await call("GET", "/api/templates")).json.items.some((t: Json) => t.name === "Mine")).toBe(false);
    ctx = t.ctx;
    expect((await call("DELETE", `/api/templates/${mine.json.id}`)).json).toEqual({
      deleted: true,
      hidden: false,
    });
  });

  it("checks drafts: a long e-mail asking for a job, and a LinkedIn note over 300 characters", async () => {
    const jobAsk = `Hello, my name is Sam and I am looking for a job. ${"I have many years of experience and I believe I would be a great fit for your team. ".repeat(8)}Please find attached my CV. Are there any openings?`;
    expect(jobAsk.split(/\s+/).length).toBeGreaterThan(140);
    const email = await call("POST", "/api/outreach/check", {
      channel: "email",
      subject: "Job",
      body: jobAsk,
    });
    expect(email.status).toBe(200);
    const notOk = email.json.checks.filter((c: Json) => c.level !== "ok");
    expect(notOk.length).toBeGreaterThanOrEqual(2);
    expect(email.json.checks.find((c: Json) => c.id === "no-job-ask").level).toBe("fail");

    const note = await call("POST", "/api/outreach/check", { channel: "linkedin", body: "x".repeat(320) });
    expect(note.json.checks.find((c: Json) => c.id === "length").level).toBe("fail");
    expect((await call("POST", "/api/outreach/check", { channel: "fax", body: "" })).json.error.field).toBe(
      "channel",
    );
  });

  it("keeps the mail password on the server and refuses a malformed server address", async () => {
    expect((await call("GET", "/api/settings/mail")).json).toEqual({
      configured: false,
      source: null,
      server: null,
      from: null,
    });
    const saved = await call("PUT", "/api/settings/mail", {
      smtpUrl: "smtps://zoe%40example.org:s3cret-app-pass@smtp.example.org:465",
      from: "Zoë Martin <zoe@example.org>",
    });
    expect(saved.json).toMatchObject({
      configured: true,
      source: "settings",
      from: "Zoë Martin <zoe@example.org>",
    });
    expect(JSON.stringify(saved.json)).not.toContain("s3cret");
    expect(JSON.stringify((await call("GET", "/api/settings/mail")).json)).not.toContain("s3cret");
    expect(JSON.stringify((await call("GET", "/api/settings")).json)).not.toContain("s3cret");
    const bad = await call("PUT", "/api/settings/mail", { smtpUrl: "http://mail.example.org" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe("smtpUrl");
    const contact = (await call("POST", "/api/contacts", { firstName: "Ada" })).json;
    const noAddress = await call("POST", "/api/messages", {
      contactId: contact.id,
      subject: "s",
      body: "b",
      send: "now",
    });
    expect(noAddress.status).toBe(400);
    expect(noAddress.json.error.field).toBe("to");
  });
});
