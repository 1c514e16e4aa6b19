import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, heldChat, newContact } from "../../test/support/conversation-fixtures.js";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import { createApp } from "./app.js";

const NOW = "2026-11-25T10:00:00.000Z"; // 11:00 in Berlin, the test user's zone

describe.each(dialects)("referrals, promises and insights through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let client: Client;

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock(NOW));
    client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
  });
  afterEach(async () => {
    await t.close();
  });

  it("adds a referral as a contact introduced by the person I talked with, with a to-ask conversation", async () => {
    const { ada, goal, conversation } = await heldChat(client);
    const response = await client.api.conversations[":id"].referrals.$post({
      param: { id: conversation.id },
      json: {
        firstName: "Grace",
        lastName: "Hopper",
        email: "grace@example.org",
        organization: "Navy Lab",
        mayMentionIntroducer: true,
        note: "Knows the hiring side",
      },
    });
    expect(response.status).toBe(201);
    const referral = await response.json();
    if (!("contact" in referral)) throw new Error("no referral");
    expect(referral.contact).toMatchObject({
      fullName: "Grace Hopper",
      emails: ["grace@example.org"],
      organization: "Navy Lab",
      introducedById: ada.id,
      source: "referral",
      mayMentionIntroducer: true,
    });
    expect(referral.conversation).toMatchObject({
      contactId: referral.contact.id,
      stage: "to-ask",
      kind: "industry",
      goalIds: [goal.id],
      notes: "Knows the hiring side",
    });
    const sheet = await okJson(
      await client.api.conversations[":id"].prep.$get({
        param: { id: referral.conversation.id },
        query: {},
      }),
    );
    expect(sheet.who.howConnected).toBe("Introduced by Ada Lovelace; you may mention their name");
  });

  it("adds a referral known only by a first name", async () => {
    const { conversation } = await heldChat(client);
    const response = await client.api.conversations[":id"].referrals.$post({
      param: { id: conversation.id },
      json: { firstName: "Priya", title: "Data lead" },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      contact: { fullName: "Priya", lastName: "", title: "Data lead" },
    });
  });

  it("links someone I already know, once, and refuses to replace an introducer they already have", async () => {
    const { ada, conversation } = await heldChat(client);
    const param = { id: conversation.id };
    const omar = await newContact(client, { firstName: "Omar", lastName: "Ali", source: "linkedin" });
    const linked = await client.api.conversations[":id"].referrals.$post({
      param,
      json: { contactId: omar.id },
    });
    expect(linked.status).toBe(201);
    const first = await linked.json();
    expect(first).toMatchObject({
      contact: { id: omar.id, introducedById: ada.id, source: "linkedin" },
      conversation: { stage: "to-ask" },
    });
    const again = await okJson(
      await client.api.conversations[":id"].referrals.$post({ param, json: { contactId: omar.id } }),
    );
    expect(again.conversation.id).toBe("conversation" in first ? first.conversation.id : "");

    const dee = await newContact(client, { firstName: "Dee" });
    const idea = await okJson(await client.api.conversations.$post({ json: { contactId: dee.id } }));
    const planned = await okJson(
      await client.api.conversations[":id"].referrals.$post({ param, json: { contactId: dee.id } }),
    );
    expect(planned.conversation).toMatchObject({ id: idea.id, stage: "to-ask" });

    const bea = await newContact(client, { firstName: "Bea" });
    const cy = await newContact(client, { firstName: "Cy", introducedById: bea.id });
    const conflict = await client.api.conversations[":id"].referrals.$post({
      param,
      json: { contactId: cy.id },
    });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({
      error: { code: "conflict", message: /already introduced by Bea Lovelace/ },
    });
    const cyAfter = await (await client.api.contacts[":id"].$get({ param: { id: cy.id } })).json();
    expect(cyAfter).toMatchObject({ introducedById: bea.id });

    const self = await client.api.conversations[":id"].referrals.$post({
      param,
      json: { contactId: ada.id },
    });
    expect(self.status).toBe(400);
    const nobody = await client.api.conversations[":id"].referrals.$post({ param, json: {} });
    expect(await nobody.json()).toMatchObject({ error: { field: "firstName" } });
  });

  it("links a referral given by name to the contact with the same e-mail or profile", async () => {
    const { ada, conversation } = await heldChat(client);
    const param = { id: conversation.id };
    const kim = await newContact(client, {
      firstName: "Kim",
      lastName: "Lee",
      emails: ["kim_lee@example.org"],
    });
    const byEmail = await okJson(
      await client.api.conversations[":id"].referrals.$post({
        param,
        json: { firstName: "Kimberly", lastName: "Lee", email: "Kim_Lee@Example.org" },
      }),
    );
    expect(byEmail.contact).toMatchObject({ id: kim.id, introducedById: ada.id });
    const raj = await newContact(client, {
      firstName: "Raj",
      linkedinUrl: "https://www.linkedin.com/in/raj-p",
    });
    const byProfile = await okJson(
      await client.api.conversations[":id"].referrals.$post({
        param,
        json: { firstName: "Raj", linkedinUrl: "linkedin.com/in/Raj-P/" },
      }),
    );
    expect(byProfile.contact.id).toBe(raj.id);
    const all = await okJson(await client.api.contacts.$get({ query: {} }));
    expect(all.total).toBe(3);
  });

  it("lists the people suggested in a conversation and added there, by name, for conversation mode reopened", async () => {
    const { ada, conversation } = await heldChat(client);
    const param = { id: conversation.id };
    const empty = await client.api.conversations[":id"].referrals.$get({ param });
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ items: [] });

    const grace = await okJson(
      await client.api.conversations[":id"].referrals.$post({
        param,
        json: {
          firstName: "Grace",
          lastName: "Hopper",
          organization: "Navy Lab",
          mayMentionIntroducer: true,
        },
      }),
    );
    const omar = await newContact(client, { firstName: "Omar", lastName: "Ali" });
    await okJson(
      await client.api.conversations[":id"].referrals.$post({ param, json: { contactId: omar.id } }),
    );
    // Introduced by Ada too, but not in this conversation: not one of its referrals.
    await newContact(client, { firstName: "Lin", lastName: "Wu", introducedById: ada.id });
    // Suggested in another conversation (with someone else): not listed here either.
    const bea = await newContact(client, { firstName: "Bea", lastName: "Stone" });
    const withBea = await okJson(await client.api.conversations.$post({ json: { contactId: bea.id } }));
    await okJson(
      await client.api.conversations[":id"].referrals.$post({
        param: { id: withBea.id },
        json: { firstName: "Cy", lastName: "Young" },
      }),
    );

    const listed = await okJson(await client.api.conversations[":id"].referrals.$get({ param }));
    expect(listed.items.map((item) => item.contact.fullName)).toEqual(["Omar Ali", "Grace Hopper"]);
    expect(listed.items[1]).toMatchObject({
      contact: { id: grace.contact.id, organization: "Navy Lab", mayMentionIntroducer: true },
      conversation: { id: grace.conversation.id, stage: "to-ask" },
    });
    expect(listed.items[0]?.conversation).toMatchObject({ contactId: omar.id, stage: "to-ask" });

    const missing = await client.api.conversations[":id"].referrals.$get({
      param: { id: "00000000-0000-4000-8000-00000000dead" },
    });
    expect(missing.status).toBe(404);
  });

  it("turns a promise into my task, due tomorrow at 17:00 my time unless said", async () => {
    const { ada, conversation } = await heldChat(client);
    const response = await client.api.conversations[":id"].promises.$post({
      param: { id: conversation.id },
      json: { title: "Send Ada the survey paper" },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      kind: "promise",
      title: "Send Ada the survey paper",
      dueAt: "2026-11-26T16:00:00.000Z",
      contactId: ada.id,
      conversationId: conversation.id,
    });
    const dated = await (
      await client.api.conversations[":id"].promises.$post({
        param: { id: conversation.id },
        json: { title: "Intro to Sam", dueAt: "2026-12-01T09:00:00Z" },
      })
    ).json();
    expect(dated).toMatchObject({ dueAt: "2026-12-01T09:00:00.000Z" });
  });

  it("records insights, lists them by goal or conversation, and deletes them", async () => {
    const { goal, conversation } = await heldChat(client);
    const param = { id: conversation.id };
    const created = await client.api.conversations[":id"].insights.$post({
      param,
      json: { text: "SQL matters more than ML", goalId: goal.id },
    });
    expect(created.status).toBe(201);
    const insight = await created.json();
    if (!("id" in insight)) throw new Error("no insight");
    expect(insight).toMatchObject({
      goalId: goal.id,
      goalTitle: "Explore analytics",
      conversationId: conversation.id,
      contactName: "Ada Lovelace",
    });
    await client.api.conversations[":id"].insights.$post({ param, json: { text: "Teams are small" } });
    expect((await okJson(await client.api.insights.$get({ query: { goalId: goal.id } }))).items).toHaveLength(
      1,
    );
    expect(
      (await okJson(await client.api.insights.$get({ query: { conversationId: conversation.id } }))).items,
    ).toHaveLength(2);
    const badGoal = await client.api.conversations[":id"].insights.$post({
      param,
      json: { text: "x", goalId: "nope" },
    });
    expect(await badGoal.json()).toMatchObject({ error: { field: "goalId" } });
    // A form's empty goal choice means "no goal", not a goal whose id is "".
    const noGoal = await client.api.conversations[":id"].insights.$post({
      param,
      json: { text: "Ask about on-call", goalId: "" },
    });
    expect(noGoal.status).toBe(201);
    expect(await noGoal.json()).toMatchObject({ goalId: null, text: "Ask about on-call" });
    expect((await client.api.insights[":id"].$delete({ param: { id: insight.id } })).status).toBe(204);
    expect((await client.api.insights[":id"].$delete({ param: { id: insight.id } })).status).toBe(404);
  });

  it("never lets another user reach someone's conversations, goals or insights", async () => {
    const { goal, conversation } = await heldChat(client);
    const insight = await okJson(
      await client.api.conversations[":id"].insights.$post({
        param: { id: conversation.id },
        json: { text: "Mine" },
      }),
    );
    const bob = await t.otherUser();
    const bobs = testClient(createApp({ contextFor: () => bob, version: "test" }));
    const param = { id: conversation.id };
    const statuses = await Promise.all([
      bobs.api.conversations[":id"].referrals.$post({ param, json: { firstName: "Eve" } }),
      bobs.api.conversations[":id"].promises.$post({ param, json: { title: "x" } }),
      bobs.api.conversations[":id"].needs.$post({ param, json: { text: "x" } }),
      bobs.api.conversations[":id"].insights.$post({ param, json: { text: "x" } }),
      bobs.api.conversations[":id"].goals[":goalId"].fit.$put({
        param: { id: conversation.id, goalId: goal.id },
        json: { fitRating: 1 },
      }),
      bobs.api.insights[":id"].$delete({ param: { id: insight.id } }),
      bobs.api.conversations[":id"].referrals.$get({ param }),
    ]);
    expect(statuses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect(
      (await okJson(await bobs.api.insights.$get({ query: { conversationId: conversation.id } }))).items,
    ).toEqual([]);
    // Bob's own conversation cannot rate my goal either.
    const bobsContact = await okJson(await bobs.api.contacts.$post({ json: { firstName: "Zed" } }));
    const bobsChat = await okJson(
      await bobs.api.conversations.$post({ json: { contactId: bobsContact.id } }),
    );
    const fit = await bobs.api.conversations[":id"].goals[":goalId"].fit.$put({
      param: { id: bobsChat.id, goalId: goal.id },
      json: { fitRating: 1 },
    });
    expect(fit.status).toBe(404);
    const mine = await okJson(await client.api.insights.$get({ query: { conversationId: conversation.id } }));
    expect(mine.items).toHaveLength(1);
  });
});
