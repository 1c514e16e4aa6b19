import { gunzipSync } from "node:zlib";
import { getRequestListener } from "@hono/node-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../test/support/databases.js";
import { createContact } from "../services/contacts.service.js";
import { createApp } from "./app.js";

describe("how responses travel", () => {
  let t: TestRuntime;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    t = await createTestRuntime("sqlite");
    app = createApp({ contextFor: () => t.ctx, version: "test" });
    for (let n = 0; n < 30; n++) await createContact(t.ctx, { firstName: `Person ${n}`, title: "Engineer" });
  });
  afterEach(async () => {
    await t.close();
  });

  it("gzips a large JSON answer for a client that accepts it, and it reads back the same", async () => {
    const plain = await app.request("/api/contacts?limit=30");
    const zipped = await app.request("/api/contacts?limit=30", { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.headers.get("Content-Encoding")).toBe("gzip");
    const body = gunzipSync(Buffer.from(await zipped.arrayBuffer()));
    const text = await plain.text();
    expect(body.toString("utf8")).toBe(text);
    expect(body.length).toBeLessThan(text.length * 2);
  });

  it("sends plain JSON to a client that does not accept gzip", async () => {
    const plain = await app.request("/api/contacts?limit=30");
    expect(plain.headers.get("Content-Encoding")).toBeNull();
  });

  it("hands the Node server a plain answer as text, which it sends at once rather than as a stream", async () => {
    // The Node server's own Response keeps a text body in a field of its own (its "cache") until
    // something reads the body as a stream; headers added after the handler must not do that.
    getRequestListener(() => new Response(null)); // puts the Node server's Response in place
    const served = createApp({ contextFor: () => t.ctx, version: "test" });
    for (const path of ["/api/contacts?limit=30", "/api/health"]) {
      const response = await served.request(path);
      const held = Object.getOwnPropertySymbols(response).map((symbol) => symbol.description);
      expect(held, path).toContain("cache");
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      expect(response.headers.get("Vary")).toBe("Accept-Encoding");
    }
  });

  it("tells browsers not to keep API answers, which are live personal data", async () => {
    const response = await app.request("/api/contacts");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });
});
