import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import { createApp } from "./app.js";

type Client = ReturnType<typeof testClient<ReturnType<typeof createApp>>>;
const NOW = "2026-11-25T10:00:00.000Z";

async function scheduledChat(client: Client) {
  const ada = await (
    await client.api.contacts.$post({ json: { firstName: "Ada", lastName: "Lovelace" } })
  ).json();
  if (!("id" in ada)) throw new Error("no contact");
  const grace = await (
    await client.api.contacts.$post({
      json: {
        firstName: "Grace",
        lastName: "Hopper",
        organization: "Acme",
        title: "Engineering manager",
        timeZone: "America/New_York",
        introducedById: ada.id,
        source: "referral",
        needs: "Speakers for a meetup",
      },
    })
  ).json();
  if (!("id" in grace)) throw new Error("no contact");
  const goal = await (
    await client.api.goals.$post({ json: { title: "Explore data engineering", kind: "role" } })
  ).json();
  if (!("id" in goal)) throw new Error("no goal");
  const conversation = await (
    await client.api.conversations.$post({
      json: {
        contactId: grace.id,
        kind: "company",
        stage: "scheduled",
        format: "video",
        scheduledAt: "2026-11-26T15:00:00Z",
        durationMinutes: 30,
        goalIds: [goal.id],
      },
    })
  ).json();
  if (!("id" in conversation)) throw new Error("no conversation");
  return { conversation, goal, grace };
}

describe.each(dialects)("prep sheets and conversation questions through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let client: Client;

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock(NOW));
    client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
    await client.api.settings.$patch({
      json: { name: "Sam Rivera", intro: "I am a chemist moving into data." },
    });
  });
  afterEach(async () => {
    await t.close();
  });

  it("builds the prep sheet: who, how connected, the goal, my intro, questions ending with whom else, then may I mention them", async () => {
    const { conversation } = await scheduledChat(client);
    const response = await client.api.conversations[":id"].prep.$get({
      param: { id: conversation.id },
      query: {},
    });
    expect(response.status).toBe(200);
    const sheet = await okJson(response);
    expect(sheet.title).toBe("Prep: video call with Grace Hopper (Acme)");
    expect(sheet.who).toMatchObject({
      name: "Grace Hopper",
      role: "Engineering manager",
      howConnected: "Introduced by Ada Lovelace",
      needs: "Speakers for a meetup",
    });
    expect(sheet.why.goals).toEqual([{ title: "Explore data engineering", description: "" }]);
    expect(sheet.intro).toBe("I am a chemist moving into data.");
    expect(sheet.questions.length).toBe(10);
    expect(sheet.questions.at(-2)?.text).toMatch(/who else/i);
    expect(sheet.questions.at(-1)?.text).toMatch(/^May I mention that you suggested/);
    expect(sheet.logistics.join("\n")).toMatch(/tomorrow/);
  });

  it("gives the prep sheet as Markdown, one question per line", async () => {
    const { conversation } = await scheduledChat(client);
    const response = await client.api.conversations[":id"].prep.$get({
      param: { id: conversation.id },
      query: { format: "md" },
    });
    expect(response.headers.get("content-type")).toMatch(/^text\/markdown/);
    const text = await response.text();
    expect(text).toMatch(/^# Prep: video call with Grace Hopper/);
    expect(text).toMatch(/Goal: \*\*Explore data engineering\*\*/);
    const questions = text.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.at(-2)).toMatch(/who else/i);
    expect(questions.at(-1)).toMatch(/May I mention/);
  });

  it("proposes questions until a list is saved, and round-trips the saved list", async () => {
    const { conversation } = await scheduledChat(client);
    const param = { id: conversation.id };
    const proposed = await (
      await client.api.conversations[":id"].questions.$get({ param, query: {} })
    ).json();
    if (!("saved" in proposed)) throw new Error("no questions");
    expect(proposed.saved).toBe(false);
    expect(proposed.items.every((i) => i.id === null && i.questionId !== null)).toBe(true);

    const items: {
      questionId?: string | null;
      area: (typeof proposed.items)[number]["area"];
      text: string;
    }[] = [
      ...proposed.items.slice(0, 3).map((i, n) => ({
        questionId: i.questionId,
        area: i.area,
        text: i.text,
        ...(n === 0 ? { askedAt: "2026-11-26T15:05:00Z", note: "Started in QA" } : {}),
      })),
      { area: "culture" as const, text: "How do teams share what they learn?" },
    ];
    const saved = await client.api.conversations[":id"].questions.$put({ param, json: { items } });
    expect(saved.status).toBe(200);
    const body = await saved.json();
    expect(body).toMatchObject({
      saved: true,
      items: [
        { questionId: items[0]?.questionId, askedAt: "2026-11-26T15:05:00.000Z", note: "Started in QA" },
        { questionId: items[1]?.questionId, askedAt: null, note: "" },
        { questionId: items[2]?.questionId },
        {
          questionId: null,
          area: "culture",
          areaLabel: "Culture",
          text: "How do teams share what they learn?",
        },
      ],
    });
    const again = await (await client.api.conversations[":id"].questions.$get({ param, query: {} })).json();
    expect(again).toEqual(body);
    const sheet = await okJson(await client.api.conversations[":id"].prep.$get({ param, query: {} }));
    expect(sheet.questions.map((q) => q.text)).toEqual(items.map((i) => i.text));

    const cleared = await (
      await client.api.conversations[":id"].questions.$put({ param, json: { items: [] } })
    ).json();
    expect(cleared).toMatchObject({ saved: false });
  });

  it("saves all or nothing: too many items, or a question that is not mine, change nothing", async () => {
    const { conversation } = await scheduledChat(client);
    const param = { id: conversation.id };
    const many = Array.from({ length: 61 }, (_, i) => ({ area: "day" as const, text: `Question ${i}` }));
    const tooMany = await client.api.conversations[":id"].questions.$put({ param, json: { items: many } });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({ error: { field: "items" } });
    const unknown = await client.api.conversations[":id"].questions.$put({
      param,
      json: {
        items: [
          { area: "day", text: "Fine" },
          { questionId: "nope", area: "day", text: "Not mine" },
        ],
      },
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { field: "items.1.questionId" } });
    const still = await (await client.api.conversations[":id"].questions.$get({ param, query: {} })).json();
    expect(still).toMatchObject({ saved: false });
  });

  it("never lets another user read someone's prep sheet or questions", async () => {
    const { conversation } = await scheduledChat(client);
    const bob = await t.otherUser();
    const bobs = testClient(createApp({ contextFor: () => bob, version: "test" }));
    const param = { id: conversation.id };
    expect((await bobs.api.conversations[":id"].prep.$get({ param, query: {} })).status).toBe(404);
    expect((await bobs.api.conversations[":id"].prep.$get({ param, query: { format: "md" } })).status).toBe(
      404,
    );
    expect((await bobs.api.conversations[":id"].questions.$get({ param, query: {} })).status).toBe(404);
    const put = await bobs.api.conversations[":id"].questions.$put({
      param,
      json: { items: [{ area: "day", text: "Hijack" }] },
    });
    expect(put.status).toBe(404);
    const mine = await (await client.api.conversations[":id"].questions.$get({ param, query: {} })).json();
    expect(mine).toMatchObject({ saved: false });
  });
});
