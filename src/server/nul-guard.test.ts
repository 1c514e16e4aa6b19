import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { createApp } from "./app.js";

describe.each(dialects)("NUL characters [%s]", (dialect) => {
  let t: TestRuntime;
  let app: ReturnType<typeof createApp>;
  const post = (path: string, body: string) =>
    app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body });

  beforeEach(async () => {
    t = await createTestRuntime(dialect);
    app = createApp({ contextFor: () => t.ctx, version: "test" });
  });
  afterEach(async () => {
    await t.close();
  });

  it("are refused with 400 naming the field, in the body, the query and the path", async () => {
    const body = await post("/api/contacts", '{"firstName":"a\\u0000b"}');
    expect(body.status).toBe(400);
    expect(await body.json()).toEqual({
      error: { code: "validation_failed", message: expect.stringContaining("NUL"), field: "firstName" },
    });
    const nested = await post("/api/contacts", '{"firstName":"Ada","tags":["ok","b\\u0000d"]}');
    expect(await nested.json()).toMatchObject({ error: { field: "tags.1" } });

    const query = await app.request("/api/contacts?q=a%00b");
    expect(query.status).toBe(400);
    expect(await query.json()).toMatchObject({ error: { field: "q" } });

    const path = await app.request("/api/contacts/%00");
    expect(path.status).toBe(400);
    expect(await path.json()).toMatchObject({ error: { field: "path" } });

    const list = await (await app.request("/api/contacts")).json();
    expect(list).toMatchObject({ total: 0 });
  });

  it("in a JSON backup are refused as a bad file, and nothing is restored", async () => {
    const response = await app.request("/api/import/json", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"format":"coffeechat-backup","tables":{"contacts":[{"first_name":"a\\u0000"}]}}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { field: "file" } });
  });
});
