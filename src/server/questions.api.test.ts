import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import { BUILTIN_QUESTIONS } from "../core/question-bank.js";
import { createApp } from "./app.js";

type Client = ReturnType<typeof testClient<ReturnType<typeof createApp>>>;

async function list(client: Client, query: { includeHidden?: "true" | "false"; area?: "day" } = {}) {
  const response = await client.api.questions.$get({ query });
  expect(response.status).toBe(200);
  return (await okJson(response)).items;
}

describe.each(dialects)("the question bank through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let client: Client;

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock("2026-11-25T10:00:00.000Z"));
    client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
  });
  afterEach(async () => {
    await t.close();
  });

  it("lists at least 60 built-in questions across at least 6 areas, in order, seeded once", async () => {
    const [first, second] = await Promise.all([list(client), list(client)]);
    expect(first.length).toBeGreaterThanOrEqual(60);
    expect(first.length).toBe(BUILTIN_QUESTIONS.length);
    expect(second.map((q) => q.id)).toEqual(first.map((q) => q.id));
    expect(new Set(first.map((q) => q.area)).size).toBeGreaterThanOrEqual(6);
    const positions = first.map((q) => q.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(first[0]).toMatchObject({
      area: "path",
      areaLabel: "Their path and role",
      builtin: true,
      hidden: false,
    });
    expect(first.at(-2)?.text).toMatch(/who else/i);
    expect(first.at(-1)?.text).toMatch(/^May I mention that you suggested/);
    const day = await list(client, { area: "day" });
    expect(day.length).toBeGreaterThan(0);
    expect(day.every((q) => q.area === "day")).toBe(true);
  });

  it("adds, edits, hides and deletes questions; a built-in one is hidden, not deleted", async () => {
    const created = await client.api.questions.$post({
      json: { area: "culture", text: "How are decisions made in your team?", kinds: ["company"] },
    });
    expect(created.status).toBe(201);
    const mine = await created.json();
    if (!("id" in mine)) throw new Error("no question");
    expect(mine).toMatchObject({ area: "culture", builtin: false, kinds: ["company"], tiara: null });
    const culture = (await list(client)).filter((q) => q.area === "culture");
    expect(culture.at(-1)?.id).toBe(mine.id);

    const edited = await client.api.questions[":id"].$patch({
      param: { id: mine.id },
      json: { text: "Who makes the decisions, and how?", tiara: "insights" },
    });
    expect(await edited.json()).toMatchObject({
      text: "Who makes the decisions, and how?",
      tiara: "insights",
    });

    const builtin = (await list(client))[0];
    if (!builtin) throw new Error("no built-in question");
    const hidden = await client.api.questions[":id"].$delete({ param: { id: builtin.id } });
    expect(hidden.status).toBe(200);
    expect(await hidden.json()).toMatchObject({ deleted: false, question: { id: builtin.id, hidden: true } });
    expect((await list(client)).map((q) => q.id)).not.toContain(builtin.id);
    expect((await list(client, { includeHidden: "true" })).map((q) => q.id)).toContain(builtin.id);
    await client.api.questions[":id"].$patch({ param: { id: builtin.id }, json: { hidden: false } });
    expect((await list(client)).map((q) => q.id)).toContain(builtin.id);

    const deleted = await client.api.questions[":id"].$delete({ param: { id: mine.id } });
    expect(await deleted.json()).toMatchObject({ deleted: true, question: null });
    expect((await list(client, { includeHidden: "true" })).map((q) => q.id)).not.toContain(mine.id);
  });

  it("reorders questions: the listed ones swap the places they held", async () => {
    const before = await list(client);
    const [a, b, c] = before;
    if (!a || !b || !c) throw new Error("too few questions");
    const response = await client.api.questions.reorder.$post({ json: { ids: [c.id, a.id, b.id] } });
    expect(response.status).toBe(200);
    const after = await list(client);
    expect(after.slice(0, 3).map((q) => q.id)).toEqual([c.id, a.id, b.id]);
    expect(after.slice(3).map((q) => q.id)).toEqual(before.slice(3).map((q) => q.id));
  });

  it("names the field at fault", async () => {
    const noArea = await client.api.questions.$post({ json: { text: "Why?" } as never });
    expect(noArea.status).toBe(400);
    expect(await noArea.json()).toMatchObject({ error: { field: "area" } });
    const noText = await client.api.questions.$post({ json: { area: "day", text: "  " } });
    expect(await noText.json()).toMatchObject({ error: { field: "text" } });
    const badKind = await client.api.questions.$post({
      json: { area: "day", text: "Why?", kinds: ["job" as never] },
    });
    expect(await badKind.json()).toMatchObject({ error: { field: "kinds.0" } });
  });

  it("never lets another user see or change someone's questions", async () => {
    const created = await client.api.questions.$post({
      json: { area: "advice", text: "What would you read?" },
    });
    const mine = await created.json();
    if (!("id" in mine)) throw new Error("no question");
    const bob = await t.otherUser();
    const bobs = testClient(createApp({ contextFor: () => bob, version: "test" }));
    const bobsList = (await okJson(await bobs.api.questions.$get({ query: {} }))).items;
    expect(bobsList.length).toBe(BUILTIN_QUESTIONS.length);
    expect(bobsList.map((q) => q.id)).not.toContain(mine.id);
    const id = mine.id;
    expect(
      (await bobs.api.questions[":id"].$patch({ param: { id }, json: { text: "Mine now" } })).status,
    ).toBe(404);
    expect((await bobs.api.questions[":id"].$delete({ param: { id } })).status).toBe(404);
    expect((await bobs.api.questions.reorder.$post({ json: { ids: [id] } })).status).toBe(404);
    expect((await list(client, { includeHidden: "true" })).find((q) => q.id === id)?.text).toBe(
      "What would you read?",
    );
  });
});
