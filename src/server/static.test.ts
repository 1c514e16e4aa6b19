import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
import type { AppEnv } from "./env.js";
import { serveWebApp } from "./static.js";

const webDir = mkdtempSync(path.join(tmpdir(), "coffeechat-web-"));
mkdirSync(path.join(webDir, "assets"));
writeFileSync(path.join(webDir, "index.html"), "<!doctype html><title>coffeechat</title>");
writeFileSync(path.join(webDir, "assets", "TodayPage-Du3gPFuU.js"), "export {};");
writeFileSync(path.join(webDir, "favicon.svg"), "<svg/>");
afterAll(() => rmSync(webDir, { recursive: true, force: true }));

const app = new Hono<AppEnv>();
serveWebApp(app, webDir);

describe("the web app's cache headers", () => {
  it("keeps a hashed asset for a year", async () => {
    const res = await app.request("/assets/TodayPage-Du3gPFuU.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it.each(["/", "/index.html", "/today", "/contacts/abc"])("asks again for index.html at %s", async (url) => {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>coffeechat</title>");
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });

  it("asks again for an unhashed file of public/", async () => {
    const res = await app.request("/favicon.svg");
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers 404 for an asset of another build, not index.html", async () => {
    const res = await app.request("/assets/gone-12345678.js");
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBeNull();
  });
});
