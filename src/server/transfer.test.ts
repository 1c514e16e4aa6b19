import { gunzipSync } from "node:zlib";
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

  it("tells browsers not to keep API answers, which are live personal data", async () => {
    const response = await app.request("/api/contacts");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });
});
