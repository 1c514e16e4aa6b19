import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, heldChat, newContact } from "../../test/support/conversation-fixtures.js";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import { createApp } from "./app.js";

const NOW = "2026-11-25T10:00:00.000Z";

/**
 * Ada (met yesterday) suggested Ben at the Lab; Ben had introduced me to Cat at Acme, where I
 * know no one. Dora is at Acme too, and Eli elsewhere, introduced by no one.
 */
async function referralChain(client: Client) {
  const { ada, conversation, goal } = await heldChat(client);
  await client.api.conversations[":id"].stage.$post({
    param: { id: conversation.id },
    json: { stage: "done" },
  });
  const referral = await okJson(
    await client.api.conversations[":id"].referrals.$post({
      param: { id: conversation.id },
      json: { firstName: "Ben", lastName: "Okafor", organization: "The Lab" },
    }),
  );
  const ben = referral.contact;
  const cat = await newContact(client, {
    firstName: "Cat",
    lastName: "Ng",
    organization: "Acme",
    introducedById: ben.id,
    tags: ["robotics"],
  });
  const dora = await newContact(client, { firstName: "Dora", lastName: "Reyes", organization: "Acme" });
  const eli = await newContact(client, { firstName: "Eli", lastName: "Stone", tags: ["robotics"] });
  return { ada, ben, cat, dora, eli, goal, acme: cat.organizationId ?? "" };
}

describe.each(dialects)("the network map and the ways in, through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let client: Client;

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock(NOW));
    client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
  });
  afterEach(async () => {
    await t.close();
  });

  it("lists the referral chain into an organisation where I know no one", async () => {
    const { ada, ben, cat, dora, acme } = await referralChain(client);
    const answer = await okJson(await client.api.network.paths.$get({ query: { organizationId: acme } }));
    expect(answer).toEqual({
      paths: [
        [
          { contactId: ada.id, name: "Ada Lovelace", relation: "met", organization: null },
          { contactId: ben.id, name: "Ben Okafor", relation: "introduced-by", organization: "The Lab" },
          { contactId: cat.id, name: "Cat Ng", relation: "introduced-by", organization: "Acme" },
        ],
      ],
    });
    // Dora, whom I want to meet, is one step further: Cat works with her.
    const toDora = await okJson(await client.api.network.paths.$get({ query: { contactId: dora.id } }));
    expect(toDora.paths[0]?.map((s) => [s.name, s.relation])).toEqual([
      ["Ada Lovelace", "met"],
      ["Ben Okafor", "introduced-by"],
      ["Cat Ng", "introduced-by"],
      ["Dora Reyes", "works-at"],
    ]);
  });

  it("answers the map with people, organisations, introductions and conversations held, filtered", async () => {
    const { ada, ben, cat, dora, eli, goal, acme } = await referralChain(client);
    const all = await okJson(await client.api.network.$get({ query: {} }));
    expect(all.total).toBe(5);
    expect(all.people.map((p) => p.name)).toEqual([
      "Ada Lovelace",
      "Cat Ng",
      "Ben Okafor",
      "Dora Reyes",
      "Eli Stone",
    ]);
    expect(all.people.find((p) => p.id === ada.id)).toMatchObject({ conversations: 1, known: true });
    expect(all.people.find((p) => p.id === ben.id)).toMatchObject({ conversations: 0, known: false });
    expect(all.introductions).toEqual(
      expect.arrayContaining([
        { introducerId: ada.id, contactId: ben.id },
        { introducerId: ben.id, contactId: cat.id },
      ]),
    );
    expect(all.introductions).toHaveLength(2);
    expect(all.organizations.map((o) => [o.name, o.people])).toEqual([
      ["Acme", 2],
      ["The Lab", 1],
    ]);

    const atAcme = await okJson(await client.api.network.$get({ query: { organizationId: acme } }));
    expect(atAcme.people.map((p) => p.id).sort()).toEqual([cat.id, dora.id].sort());
    expect(atAcme.introductions).toEqual([]);
    expect(atAcme.total).toBe(5);
    const tagged = await okJson(await client.api.network.$get({ query: { tag: "Robotics" } }));
    expect(tagged.people.map((p) => p.id).sort()).toEqual([cat.id, eli.id].sort());
    const forGoal = await okJson(await client.api.network.$get({ query: { goalId: goal.id } }));
    // Ada's conversation serves the goal, and so does the one to ask Ben for.
    expect(forGoal.people.map((p) => p.id).sort()).toEqual([ada.id, ben.id].sort());
    expect(forGoal.introductions).toEqual([{ introducerId: ada.id, contactId: ben.id }]);
  });

  it("refuses bad input with a message naming the field, never a 500", async () => {
    const { ada } = await referralChain(client);
    const cases = [
      [await client.api.network.paths.$get({ query: {} }), 400, "organizationId"],
      [await client.api.network.paths.$get({ query: { organizationId: "x" } }), 400, "organizationId"],
      [
        await client.api.network.paths.$get({ query: { organizationId: ada.id, contactId: ada.id } }),
        400,
        "contactId",
      ],
      [await client.api.network.$get({ query: { goalId: ada.id } }), 400, "goalId"],
      [await client.api.network.$get({ query: { tag: " " } }), 400, "tag"],
    ] as const;
    for (const [response, status, field] of cases) {
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: { field } });
    }
    const missing = await client.api.network.paths.$get({ query: { organizationId: ada.id } });
    expect(missing.status).toBe(404);
  });

  it("shows another user none of my network and no way through it", async () => {
    const { dora, acme } = await referralChain(client);
    const bob = await t.otherUser();
    const bobs = testClient(createApp({ contextFor: () => bob, version: "test" }));
    const map = await okJson(await bobs.api.network.$get({ query: {} }));
    expect(map).toEqual({ people: [], organizations: [], introductions: [], total: 0 });
    expect((await bobs.api.network.paths.$get({ query: { organizationId: acme } })).status).toBe(404);
    expect((await bobs.api.network.paths.$get({ query: { contactId: dora.id } })).status).toBe(404);
    // Bob's own contact at an organisation of the same name is no way into mine.
    const bobsAcme = await okJson(
      await bobs.api.contacts.$post({ json: { firstName: "Bo", organization: "Acme" } }),
    );
    const bobsPaths = await okJson(
      await bobs.api.network.paths.$get({ query: { organizationId: bobsAcme.organizationId ?? "" } }),
    );
    expect(bobsPaths).toEqual({ paths: [] });
  });
});
