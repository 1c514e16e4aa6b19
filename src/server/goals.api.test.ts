import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import { createApp } from "./app.js";

type Client = ReturnType<typeof testClient<ReturnType<typeof createApp>>>;
const NOW = "2026-11-25T10:00:00.000Z";

async function newGoal(client: Client, json: Parameters<Client["api"]["goals"]["$post"]>[0]["json"]) {
  const response = await client.api.goals.$post({ json });
  expect(response.status).toBe(201);
  const goal = await response.json();
  if (!("id" in goal)) throw new Error("no goal");
  return goal;
}

async function conversationFor(client: Client, goalIds: string[]) {
  const contact = await (
    await client.api.contacts.$post({ json: { firstName: "Nia", lastName: "Jones" } })
  ).json();
  if (!("id" in contact)) throw new Error("no contact");
  const conversation = await (
    await client.api.conversations.$post({ json: { contactId: contact.id, kind: "company", goalIds } })
  ).json();
  if (!("id" in conversation)) throw new Error("no conversation");
  return conversation;
}

describe.each(dialects)("goals through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let client: Client;

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock(NOW));
    client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
  });
  afterEach(async () => {
    await t.close();
  });

  it("records a decision with its reason, and refuses one without a reason", async () => {
    const goal = await newGoal(client, { title: "Data engineering", kind: "role" });
    expect(goal).toMatchObject({ decision: "undecided", decidedAt: null, assessment: {}, archived: false });

    const noReason = await client.api.goals[":id"].$patch({
      param: { id: goal.id },
      json: { decision: "pursue" },
    });
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ error: { field: "decisionReason" } });

    const decided = await client.api.goals[":id"].$patch({
      param: { id: goal.id },
      json: { decision: "eliminate", decisionReason: "Too much on-call work for me." },
    });
    expect(decided.status).toBe(200);
    expect(await decided.json()).toMatchObject({
      decision: "eliminate",
      decisionReason: "Too much on-call work for me.",
      decidedAt: NOW,
    });
    const undecided = await client.api.goals[":id"].$patch({
      param: { id: goal.id },
      json: { decision: "undecided" },
    });
    expect(await undecided.json()).toMatchObject({ decision: "undecided", decisionReason: "" });
  });

  it("edits, lists, archives and restores goals; scores criteria", async () => {
    const goal = await newGoal(client, {
      title: "Biotech startups",
      kind: "industry",
      description: "Fast-moving, small teams?",
      assessment: { culture: { score: 4, note: "Informal" } },
    });
    const scored = await client.api.goals[":id"].$patch({
      param: { id: goal.id },
      json: { assessment: { outlook: { score: 5 }, culture: null } },
    });
    expect((await scored.json()) as unknown).toMatchObject({
      assessment: { outlook: { score: 5, note: "" } },
    });
    const badScore = await client.api.goals[":id"].$patch({
      param: { id: goal.id },
      json: { assessment: { fit: { score: 9 } } },
    });
    expect(await badScore.json()).toMatchObject({ error: { field: "assessment.fit.score" } });

    expect((await okJson(await client.api.goals.$get({ query: {} }))).items.map((g) => g.id)).toEqual([
      goal.id,
    ]);
    const archived = await client.api.goals[":id"].$delete({ param: { id: goal.id } });
    expect(await archived.json()).toMatchObject({ archived: true });
    expect((await okJson(await client.api.goals.$get({ query: {} }))).items).toEqual([]);
    expect((await okJson(await client.api.goals.$get({ query: { archived: "true" } }))).items).toHaveLength(
      1,
    );
    await client.api.goals[":id"].$patch({ param: { id: goal.id }, json: { archived: false } });
    expect((await okJson(await client.api.goals.$get({ query: {} }))).items).toHaveLength(1);

    const noKind = await client.api.goals.$post({ json: { title: "Something" } as never });
    expect(await noKind.json()).toMatchObject({ error: { field: "kind" } });
  });

  it("shows a goal with its conversations, fit ratings and insights", async () => {
    const goal = await newGoal(client, { title: "Acme", kind: "company" });
    const conversation = await conversationFor(client, [goal.id]);
    const fit = await client.api.conversations[":id"].goals[":goalId"].fit.$put({
      param: { id: conversation.id, goalId: goal.id },
      json: { fitRating: 4, note: "Good team" },
    });
    expect(await fit.json()).toEqual({
      conversationId: conversation.id,
      goalId: goal.id,
      fitRating: 4,
      note: "Good team",
    });
    await client.api.conversations[":id"].insights.$post({
      param: { id: conversation.id },
      json: { text: "They hire through internships", goalId: goal.id },
    });
    const detail = await (await client.api.goals[":id"].$get({ param: { id: goal.id } })).json();
    expect(detail).toMatchObject({
      id: goal.id,
      conversations: [{ id: conversation.id, contactName: "Nia Jones", stage: "idea", fitRating: 4 }],
      insights: [{ text: "They hire through internships", goalId: goal.id, contactName: "Nia Jones" }],
    });
  });

  it("compares goals of the same kind side by side, and refuses mixed kinds", async () => {
    const a = await newGoal(client, {
      title: "Analyst",
      kind: "role",
      assessment: { culture: { score: 3 } },
    });
    const b = await newGoal(client, { title: "Engineer", kind: "role" });
    const other = await newGoal(client, { title: "Pharma", kind: "industry" });
    const conversation = await conversationFor(client, [a.id]);
    await client.api.conversations[":id"].goals[":goalId"].fit.$put({
      param: { id: conversation.id, goalId: a.id },
      json: { fitRating: 5 },
    });
    await client.api.goals[":id"].$patch({
      param: { id: b.id },
      json: { decision: "pursue", decisionReason: "I like building things" },
    });
    const response = await client.api.goals.compare.$get({ query: { ids: `${a.id},${b.id}` } });
    expect(response.status).toBe(200);
    const comparison = await response.json();
    if (!("goals" in comparison)) throw new Error("no comparison");
    expect(comparison.criteria.map((c) => c.key)).toEqual([
      "day-to-day",
      "skills-gap",
      "culture",
      "outlook",
      "fit",
    ]);
    expect(comparison.goals).toMatchObject([
      { id: a.id, conversationCount: 1, averageFit: 5, decision: "undecided" },
      {
        id: b.id,
        conversationCount: 0,
        averageFit: null,
        decision: "pursue",
        decisionReason: "I like building things",
      },
    ]);
    expect(comparison.goals[0]?.scores.find((s) => s.criterion === "culture")).toMatchObject({ score: 3 });

    const picked = await (
      await client.api.goals.compare.$get({ query: { ids: `${a.id},${b.id}`, criteria: "culture,fit" } })
    ).json();
    expect("criteria" in picked && picked.criteria.map((c) => c.key)).toEqual(["culture", "fit"]);

    const mixed = await client.api.goals.compare.$get({ query: { ids: `${a.id},${other.id}` } });
    expect(mixed.status).toBe(400);
    expect(await mixed.json()).toMatchObject({ error: { field: "ids" } });
    const one = await client.api.goals.compare.$get({ query: { ids: a.id } });
    expect(one.status).toBe(400);
  });

  it("never lets another user see, change, archive or compare someone's goals", async () => {
    const a = await newGoal(client, { title: "Analyst", kind: "role" });
    const b = await newGoal(client, { title: "Engineer", kind: "role" });
    const bob = await t.otherUser();
    const bobs = testClient(createApp({ contextFor: () => bob, version: "test" }));
    const param = { id: a.id };
    expect((await bobs.api.goals[":id"].$get({ param })).status).toBe(404);
    expect((await bobs.api.goals[":id"].$patch({ param, json: { title: "Mine" } })).status).toBe(404);
    expect((await bobs.api.goals[":id"].$delete({ param })).status).toBe(404);
    expect((await bobs.api.goals.compare.$get({ query: { ids: `${a.id},${b.id}` } })).status).toBe(404);
    expect((await okJson(await bobs.api.goals.$get({ query: {} }))).items).toEqual([]);
    expect(await okJson(await client.api.goals[":id"].$get({ param }))).toMatchObject({ title: "Analyst" });
  });
});
