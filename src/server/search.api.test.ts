// GET /api/search as its contract says: a word only in a conversation's notes, only in an insight and
// only in a tag is each found, with what the result belongs to; kinds narrow it; bad input is a 400.
import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, newContact } from "../../test/support/conversation-fixtures.js";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import { createApp } from "./app.js";

describe.each(dialects)("search everything through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let client: Client;

  beforeEach(async () => {
    t = await createTestRuntime(dialect);
    client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
  });
  afterEach(async () => {
    await t.close();
  });

  it("finds a word from the notes, from an insight and from a tag, saying where each lives", async () => {
    const ana = await newContact(client, { firstName: "Ana", lastName: "Núñez", tags: ["Bioinformatics"] });
    const talk = await okJson(
      await client.api.conversations.$post({
        json: { contactId: ana.id, notes: "We met at the robotics meetup in Leeds." },
      }),
    );
    const insight = await okJson(
      await client.api.conversations[":id"].insights.$post({
        param: { id: talk.id },
        json: { text: "Single-cell methods are hiring faster than wet labs." },
      }),
    );
    const find = async (q: string, kinds?: string) =>
      (await okJson(await client.api.search.$get({ query: { q, ...(kinds ? { kinds } : {}) } }))).items;

    expect(await find("meetup")).toEqual([
      expect.objectContaining({ kind: "conversation", id: talk.id, contactId: ana.id }),
    ]);
    const [fromInsight] = await find("single-cell");
    expect(fromInsight).toMatchObject({ kind: "insight", id: insight.id, conversationId: talk.id });
    expect(fromInsight?.snippet).toContain("Single-cell");
    expect(await find("bioinf")).toEqual([expect.objectContaining({ kind: "contact", id: ana.id })]);
    expect(await find("meetup", "contact,goal")).toEqual([]);
    // The contact list's own filter still works beside it.
    const listed = await okJson(await client.api.contacts.$get({ query: { q: "núñez" } }));
    expect(listed.items.map((c) => c.id)).toEqual([ana.id]);
  });

  it("refuses a query it cannot read, naming the field", async () => {
    const tooLong = await client.api.search.$get({ query: { q: "x".repeat(201) } });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ error: { field: "q" } });
    const badLimit = await client.api.search.$get({ query: { q: "ada", limit: "0" } });
    expect(badLimit.status).toBe(400);
  });
});
