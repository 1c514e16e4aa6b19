import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KNOWN, KNOWN_NOW, seedKnownRecord } from "../../test/support/analytics-fixtures.js";
import type { Client } from "../../test/support/conversation-fixtures.js";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import { createApp } from "./app.js";

describe.each(dialects)("GET /api/analytics [%s]", (dialect) => {
  let t: TestRuntime;
  let client: Client;

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock(KNOWN_NOW));
    client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
  });
  afterEach(async () => {
    await t.close();
  });

  it("on a known data set gives the known reply rates by weekday", async () => {
    await seedKnownRecord(t.ctx);
    const figures = await okJson(await client.api.analytics.$get());
    // Tokyo's Tuesday mornings are Mondays in UTC; New York's Friday nights are Saturdays in UTC.
    expect(figures.replies.byWeekday.map((d) => [d.label, d.sent, d.replied, d.rate])).toEqual([
      ["Monday", 2, 1, 0.5],
      ["Tuesday", 4, 3, 0.75],
      ["Wednesday", 0, 0, null],
      ["Thursday", 0, 0, null],
      ["Friday", 4, 1, 0.25],
      ["Saturday", 0, 0, null],
      ["Sunday", 0, 0, null],
    ]);
    expect(figures.funnel.map((s) => s.count)).toEqual(Object.values(KNOWN.funnel));
    expect(figures).toMatchObject({ timeZone: "Europe/Berlin", minimumSample: 10, generatedAt: KNOWN_NOW });
  });

  it("answers a new user's empty record, and is documented in the OpenAPI document", async () => {
    const figures = await okJson(await client.api.analytics.$get());
    expect(figures.replies.sent).toBe(0);
    expect(figures.funnel.map((s) => s.count)).toEqual([0, 0, 0, 0, 0]);
    expect(figures.habit.weeks).toHaveLength(12);
    const app = createApp({ contextFor: () => t.ctx, version: "test" });
    const document = (await (await app.request("/api/openapi.json")).json()) as {
      paths: Record<string, { get?: { responses: object } }>;
    };
    const operation = document.paths["/api/analytics"];
    expect(operation?.get?.responses).toHaveProperty("200");
  });
});
