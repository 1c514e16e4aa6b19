import { testClient } from "hono/testing";
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { createApp } from "./app.js";

type Client = ReturnType<typeof testClient<ReturnType<typeof createApp>>>;

const NOW = "2026-11-25T10:00:00.000Z"; // a Wednesday
const daysAgo = (days: number) => new Date(new Date(NOW).getTime() - days * 86_400_000).toISOString();

async function newContact(client: Client, body: Record<string, unknown> = {}) {
  const response = await client.api.contacts.$post({
    json: { firstName: "Nia", lastName: "Jones", ...body },
  });
  const contact = await response.json();
  if (!("id" in contact)) throw new Error("no contact");
  return contact;
}

async function newConversation(
  client: Client,
  json: Parameters<Client["api"]["conversations"]["$post"]>[0]["json"],
) {
  const response = await client.api.conversations.$post({ json });
  expect(response.status).toBe(201);
  const conversation = await response.json();
  if (!("id" in conversation)) throw new Error("no conversation");
  return conversation;
}

async function agendaItems(client: Client) {
  const agenda = await (await client.api.agenda.$get()).json();
  return agenda.sections.flatMap((s) => s.items.map((item) => ({ ...item, section: s.id })));
}

describe.each(dialects)("practice engine through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let client: Client;
  let clock: ReturnType<typeof fixedClock>;

  beforeEach(async () => {
    clock = fixedClock(NOW);
    t = await createTestRuntime(dialect, clock);
    client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
  });
  afterEach(async () => {
    await t.close();
  });

  it("advises a Tuesday or Wednesday morning in the contact's own time zone, with a reason", async () => {
    const contact = await newContact(client, { timeZone: "America/New_York" });
    const response = await client.api.contacts[":id"]["send-time"].$get({ param: { id: contact.id } });
    expect(response.status).toBe(200);
    const advice = await response.json();
    if (!("at" in advice)) throw new Error("no advice");
    const there = DateTime.fromISO(advice.at, { zone: "America/New_York" });
    expect([2, 3]).toContain(there.weekday);
    expect(there.hour).toBeGreaterThanOrEqual(8);
    expect(there.hour).toBeLessThan(12);
    expect(new Date(advice.at).getTime()).toBeGreaterThanOrEqual(new Date(NOW).getTime());
    expect(advice.reason).toMatch(/New York/);
  });

  it("keeps how dates and times are written with my settings, and the send-time advice writes them so", async () => {
    const contact = await newContact(client, { timeZone: "America/New_York" });
    const reason = async () => {
      const advice = await (
        await client.api.contacts[":id"]["send-time"].$get({ param: { id: contact.id } })
      ).json();
      if (!("reason" in advice)) throw new Error("no advice");
      return advice.reason;
    };
    const before = await (await client.api.settings.$get()).json();
    expect(before).toMatchObject({ dateStyle: { time: "auto", dates: "auto" } });
    expect(await reason()).toMatch(/ at \d{2}:\d{2} their time/);

    const bad = await client.api.settings.$patch({
      json: { dateStyle: { time: "13h", dates: "day-month" } } as never,
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: "dateStyle.time" } });
    expect(await (await client.api.settings.$get()).json()).toMatchObject({
      dateStyle: { time: "auto", dates: "auto" },
    });

    const saved = await client.api.settings.$patch({
      json: { dateStyle: { time: "12h", dates: "month-day" } },
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ dateStyle: { time: "12h", dates: "month-day" } });
    expect(await reason()).toMatch(/^Send (today|\w+day \w{3} \d{1,2}) at \d{1,2}:\d{2} [ap]m their time/);
  });

  it("puts a thank-you on the agenda after a conversation held yesterday, and takes it off once thanked", async () => {
    const contact = await newContact(client);
    const conversation = await newConversation(client, {
      contactId: contact.id,
      kind: "company",
      stage: "scheduled",
      format: "coffee",
      scheduledAt: daysAgo(1),
      durationMinutes: 30,
    });
    const refused = await client.api.conversations[":id"].stage.$post({
      param: { id: conversation.id },
      json: { stage: "idea" },
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      error: { code: "stage_not_allowed", allowed: ["done", "declined", "cancelled"] },
    });

    const done = await client.api.conversations[":id"].stage.$post({
      param: { id: conversation.id },
      json: { stage: "done" },
    });
    expect(done.status).toBe(200);
    const thankYou = (await agendaItems(client)).find((item) => item.kind === "thank-you");
    expect(thankYou).toMatchObject({
      conversationId: conversation.id,
      contactId: contact.id,
      section: "today",
    });

    const held = await (await client.api.contacts[":id"].$get({ param: { id: contact.id } })).json();
    expect(held).toMatchObject({ lastTouchAt: daysAgo(1), relationshipStrength: "acquaintance" });

    await client.api.conversations[":id"].stage.$post({
      param: { id: conversation.id },
      json: { stage: "thanked" },
    });
    expect((await agendaItems(client)).filter((item) => item.kind === "thank-you")).toEqual([]);
    const detail = await (
      await client.api.conversations[":id"].$get({ param: { id: conversation.id } })
    ).json();
    expect("history" in detail && detail.history.map((e) => e.to)).toEqual(["scheduled", "done", "thanked"]);
    expect(detail).toMatchObject({ thankYouSentAt: NOW, stage: "thanked" });
  });

  it("asks for a follow-up when a request logged 15 days ago got no reply, and stops once they reply", async () => {
    const contact = await newContact(client, { timeZone: "Europe/Paris", organization: "Acme" });
    const conversation = await newConversation(client, { contactId: contact.id, stage: "to-ask" });
    const logged = await client.api.messages.$post({
      json: {
        contactId: contact.id,
        conversationId: conversation.id,
        channel: "email",
        purpose: "request",
        status: "sent",
        sentAt: daysAgo(15),
      },
    });
    expect(logged.status).toBe(201);
    const message = await logged.json();
    if (!("id" in message)) throw new Error("no message");
    expect(message).toMatchObject({ status: "sent", sentAt: daysAgo(15), repliedAt: null });

    const moved = await (
      await client.api.conversations[":id"].$get({ param: { id: conversation.id } })
    ).json();
    expect(moved).toMatchObject({ stage: "asked" });
    const followUp = (await agendaItems(client)).find((item) => item.kind === "follow-up");
    expect(followUp).toMatchObject({
      conversationId: conversation.id,
      step: "nudge",
      overdue: true,
      section: "overdue",
    });

    const replied = await client.api.messages[":id"].$patch({
      param: { id: message.id },
      json: { repliedAt: daysAgo(2) },
    });
    expect(await replied.json()).toMatchObject({ repliedAt: daysAgo(2) });
    expect((await agendaItems(client)).filter((item) => item.kind === "follow-up")).toEqual([]);
  });

  it("takes a message logged as sent on a to-ask conversation, no purpose given, for the request", async () => {
    const contact = await newContact(client);
    const conversation = await newConversation(client, { contactId: contact.id, stage: "to-ask" });
    const logged = await client.api.messages.$post({
      json: { contactId: contact.id, conversationId: conversation.id, status: "sent", sentAt: daysAgo(10) },
    });
    expect(logged.status).toBe(201);
    expect(await logged.json()).toMatchObject({ purpose: "request", conversationId: conversation.id });

    const detail = await (
      await client.api.conversations[":id"].$get({ param: { id: conversation.id } })
    ).json();
    // Asked since the request went out ten days ago, not since it was logged today.
    expect(detail).toMatchObject({ stage: "asked", stageChangedAt: daysAgo(10) });
    expect("history" in detail && detail.history.at(-1)).toMatchObject({ to: "asked", at: daysAgo(10) });
    expect((await agendaItems(client)).find((item) => item.kind === "follow-up")).toMatchObject({
      conversationId: conversation.id,
      step: "nudge",
    });
  });

  it("finds the to-ask conversation for a message logged without conversation or purpose", async () => {
    const contact = await newContact(client);
    const conversation = await newConversation(client, { contactId: contact.id, stage: "to-ask" });
    const inbound = await client.api.messages.$post({
      json: { contactId: contact.id, direction: "inbound", sentAt: daysAgo(9) },
    });
    expect(await inbound.json()).toMatchObject({ purpose: "other", conversationId: null });
    const logged = await client.api.messages.$post({ json: { contactId: contact.id, sentAt: daysAgo(8) } });
    expect(await logged.json()).toMatchObject({ purpose: "request", conversationId: conversation.id });
    const detail = await (
      await client.api.conversations[":id"].$get({ param: { id: conversation.id } })
    ).json();
    expect(detail).toMatchObject({ stage: "asked", stageChangedAt: daysAgo(8) });
    expect((await agendaItems(client)).find((item) => item.kind === "follow-up")).toMatchObject({
      conversationId: conversation.id,
    });
  });

  it("lets go after two nudges and suggests someone else at the organisation", async () => {
    const contact = await newContact(client, { organization: "Acme" });
    const conversation = await newConversation(client, { contactId: contact.id, stage: "to-ask" });
    for (const [purpose, days] of [
      ["request", 40],
      ["follow-up", 28],
      ["follow-up", 16],
    ] as const) {
      await client.api.messages.$post({ json: { contactId: contact.id, purpose, sentAt: daysAgo(days) } });
    }
    const item = (await agendaItems(client)).find((i) => i.kind === "follow-up");
    expect(item).toMatchObject({ conversationId: conversation.id, step: "let-go" });
    expect(item?.detail).toMatch(/someone else at Acme/);
    await newContact(client, { firstName: "Omar", lastName: "Ali", organization: "Acme" });
    const named = (await agendaItems(client)).find((i) => i.kind === "follow-up");
    expect(named?.detail).toMatch(/ask Omar Ali, also at Acme/);
  });

  it("snoozes an item until tomorrow morning", async () => {
    const contact = await newContact(client);
    const conversation = await newConversation(client, {
      contactId: contact.id,
      stage: "scheduled",
      scheduledAt: daysAgo(1),
    });
    await client.api.conversations[":id"].stage.$post({
      param: { id: conversation.id },
      json: { stage: "done" },
    });
    const key = `thank-you:${conversation.id}`;
    const snoozed = await client.api.agenda.snooze.$post({ json: { key } });
    expect(await snoozed.json()).toEqual({ key, until: "2026-11-26T07:00:00.000Z" }); // 08:00 in Berlin
    expect((await agendaItems(client)).map((i) => i.key)).not.toContain(key);
    await client.api.agenda.snooze.$delete({ query: { key } });
    expect((await agendaItems(client)).map((i) => i.key)).toContain(key);
    await client.api.agenda.snooze.$post({ json: { key } });
    clock.advance(86_400_000);
    expect((await agendaItems(client)).map((i) => i.key)).toContain(key);
  });

  it("reminds to stay in touch by relationship, and a logged touch resets it", async () => {
    const contact = await newContact(client, { relationshipStrength: "warm" });
    await client.api.interactions.$post({
      json: { contactId: contact.id, kind: "call", occurredAt: daysAgo(95) },
    });
    const due = (await agendaItems(client)).find((i) => i.kind === "stay-in-touch");
    expect(due).toMatchObject({ contactId: contact.id, section: "overdue" });
    await client.api.interactions.$post({
      json: { contactId: contact.id, kind: "message", direction: "outbound" },
    });
    expect((await agendaItems(client)).filter((i) => i.kind === "stay-in-touch")).toEqual([]);
  });

  it("keeps tasks on the agenda until done, and counts the weekly habit", async () => {
    const created = await client.api.tasks.$post({ json: { title: "Send Nia the paper I promised" } });
    const task = await created.json();
    if (!("id" in task)) throw new Error("no task");
    expect((await agendaItems(client)).find((i) => i.kind === "task")).toMatchObject({
      taskId: task.id,
      section: "today",
    });
    await client.api.tasks[":id"].$patch({ param: { id: task.id }, json: { done: true } });
    expect((await agendaItems(client)).filter((i) => i.kind === "task")).toEqual([]);

    const contact = await newContact(client);
    const conversation = await newConversation(client, {
      contactId: contact.id,
      stage: "scheduled",
      scheduledAt: daysAgo(1),
    });
    await client.api.conversations[":id"].stage.$post({
      param: { id: conversation.id },
      json: { stage: "done" },
    });
    const agenda = await (await client.api.agenda.$get()).json();
    expect(agenda.habit).toMatchObject({ perWeek: 1, thisWeek: 1, streakWeeks: 1 });
  });

  it("suggests whom to ask next", async () => {
    const ann = await newContact(client, { firstName: "Ann" });
    const ben = await newContact(client, { firstName: "Ben", introducedById: ann.id, source: "referral" });
    await newContact(client, { firstName: "Cat" });
    const agenda = await (await client.api.agenda.$get()).json();
    expect(agenda.suggestion).toMatchObject({ contactId: ben.id });
    expect(agenda.suggestion?.reason).toMatch(/Ann Jones suggested/);
  });

  it("validates conversations and messages by field, and writes nothing", async () => {
    const contact = await newContact(client);
    const noContact = await client.api.conversations.$post({ json: {} as never });
    expect(await noContact.json()).toMatchObject({ error: { field: "contactId" } });
    const badKind = await client.api.conversations.$post({
      json: { contactId: contact.id, kind: "job" as never },
    });
    expect(await badKind.json()).toMatchObject({ error: { field: "kind" } });
    const future = await client.api.messages.$post({
      json: { contactId: contact.id, purpose: "request", sentAt: "2027-01-01T00:00:00Z" },
    });
    expect(future.status).toBe(400);
    expect(await future.json()).toMatchObject({ error: { field: "sentAt" } });
    const list = await (await client.api.conversations.$get({ query: {} })).json();
    expect(list).toMatchObject({ total: 0 });
    expect(await (await client.api.messages.$get({ query: {} })).json()).toEqual({ items: [] });
  });

  it("never lets another user see or move someone's conversations", async () => {
    const contact = await newContact(client);
    const conversation = await newConversation(client, { contactId: contact.id, stage: "to-ask" });
    const bob = await t.otherUser();
    const bobs = testClient(createApp({ contextFor: () => bob, version: "test" }));
    expect((await bobs.api.conversations[":id"].$get({ param: { id: conversation.id } })).status).toBe(404);
    expect(
      (
        await bobs.api.conversations[":id"].stage.$post({
          param: { id: conversation.id },
          json: { stage: "asked" },
        })
      ).status,
    ).toBe(404);
    expect((await bobs.api.conversations.$post({ json: { contactId: contact.id } })).status).toBe(400);
    expect(
      (await bobs.api.messages.$post({ json: { contactId: contact.id, purpose: "request" } })).status,
    ).toBe(400);
    expect((await bobs.api.contacts[":id"]["send-time"].$get({ param: { id: contact.id } })).status).toBe(
      404,
    );
    const agenda = await (await bobs.api.agenda.$get()).json();
    expect(agenda.sections.flatMap((s) => s.items)).toEqual([]);
    expect(agenda.suggestion).toBeNull();
  });
});
