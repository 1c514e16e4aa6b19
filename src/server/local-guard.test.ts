import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../test/support/databases.js";
import { createApp } from "./app.js";
import { isLocalHost } from "./local-guard.js";

const PORT = 4545;
const ORIGIN = `http://127.0.0.1:${PORT}`;

describe("isLocalHost", () => {
  it("accepts loopback names with our port only", () => {
    for (const host of ["127.0.0.1:4545", "localhost:4545", "LOCALHOST:4545", "[::1]:4545"])
      expect(isLocalHost(host, PORT), host).toBe(true);
    for (const host of [
      "evil.example.com",
      "evil.example.com:4545",
      "127.0.0.1",
      "127.0.0.1:80",
      "localhost:45450",
      "127.0.0.1.evil.example:4545",
      "localhost.evil.example:4545",
      "[::1]:4546",
      "",
    ])
      expect(isLocalHost(host, PORT), host).toBe(false);
    expect(isLocalHost(undefined, PORT)).toBe(false);
  });
});

describe("the local-mode guard", () => {
  let t: TestRuntime;
  let app: ReturnType<typeof createApp>;

  const send = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    app.request(`${ORIGIN}${path}`, { ...init, headers: { host: `127.0.0.1:${PORT}`, ...init.headers } });
  const contactCount = async () => ((await (await send("/api/contacts")).json()) as { total: number }).total;

  beforeEach(async () => {
    t = await createTestRuntime("sqlite");
    app = createApp({ contextFor: () => t.ctx, version: "test", localGuard: { port: () => PORT } });
  });
  afterEach(async () => {
    await t.close();
  });

  it("refuses a request addressed to another name (DNS rebinding) with 421 in our error shape", async () => {
    const response = await send("/api/contacts", { headers: { host: "evil.example.com:4545" } });
    expect(response.status).toBe(421);
    expect(await response.json()).toEqual({
      error: { code: "wrong_host", message: expect.stringContaining("evil.example.com") },
    });
    expect((await send("/", { headers: { host: "evil.example.com" } })).status).toBe(421);
  });

  it("refuses writes from another origin, JSON, multipart or empty, and writes nothing", async () => {
    const hostile = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    const json = await send("/api/contacts", {
      method: "POST",
      headers: { ...hostile, "content-type": "application/json" },
      body: JSON.stringify({ firstName: "Mallory" }),
    });
    expect(json.status).toBe(403);
    expect(await json.json()).toEqual({ error: { code: "cross_site", message: expect.any(String) } });

    const form = new FormData();
    form.append("file", new Blob(["First Name,Last Name\nMallory,Evil\n"]), "Connections.csv");
    const upload = await send("/api/import/linkedin", { method: "POST", headers: hostile, body: form });
    expect(upload.status).toBe(403);

    const feed = await send("/api/calendar-feed", {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect(feed.status).toBe(403);
    const nullOrigin = await send("/api/calendar-feed", { method: "POST", headers: { origin: "null" } });
    expect(nullOrigin.status).toBe(403);
    const sameSite = await send("/api/contacts/x/archive", {
      method: "POST",
      headers: { origin: "http://127.0.0.1:9999", "sec-fetch-site": "same-site" },
    });
    expect(sameSite.status).toBe(403);

    expect(await contactCount()).toBe(0);
    expect(await (await send("/api/calendar-feed")).json()).toMatchObject({ active: false });
  });

  it("refuses another site's page loading the API, but lets it link to the app", async () => {
    const read = await send("/api/contacts", {
      headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors" },
    });
    expect(read.status).toBe(403);
    const link = await send("/api/docs", {
      headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" },
    });
    expect(link.status).toBe(200);
  });

  it("lets the app's own pages and requests without Origin (CLI, curl, scripts) write", async () => {
    const own = await send("/api/contacts", {
      method: "POST",
      headers: { origin: ORIGIN, "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body: JSON.stringify({ firstName: "Ada" }),
    });
    expect(own.status).toBe(201);
    const viaLocalhost = await app.request(`http://localhost:${PORT}/api/contacts`, {
      method: "POST",
      headers: {
        host: `localhost:${PORT}`,
        origin: `http://localhost:${PORT}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ firstName: "Grace" }),
    });
    expect(viaLocalhost.status).toBe(201);
    const curl = await send("/api/contacts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ firstName: "Hedy" }),
    });
    expect(curl.status).toBe(201);
    const feed = await send("/api/calendar-feed", { method: "POST" });
    expect(feed.status).toBe(201);
    expect(await contactCount()).toBe(3);
  });

  it("builds the feed address from configuration, never from the request's Host", async () => {
    const configured = createApp({
      contextFor: () => t.ctx,
      version: "test",
      publicUrl: () => "http://127.0.0.1:4600",
    });
    const response = await configured.request("http://evil.example.com:4545/api/calendar-feed", {
      method: "POST",
      headers: { host: "evil.example.com:4545" },
    });
    const feed = (await response.json()) as { url: string };
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:4600\/api\/feeds\/[\w-]+\/calendar\.ics$/);
  });
});
