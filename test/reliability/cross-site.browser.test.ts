// In real Chromium: a page from another origin on this machine, and a hostile name that resolves to
// 127.0.0.1 (DNS rebinding), try to read and change the user's data. Nothing may get through, while
// the app's own pages keep working under the Content-Security-Policy.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { type StartedServer, startServer } from "../support/spawn-server.js";

function hostilePage(app: string): string {
  return `<!doctype html><meta charset="utf-8"><title>evil</title>
<form id="upload" method="post" enctype="multipart/form-data" target="sink" action="${app}/api/import/linkedin">
  <input type="file" name="file"></form>
<form id="feed" method="post" target="sink" action="${app}/api/calendar-feed"></form>
<iframe name="sink"></iframe>
<script>
window.results = {};
async function attempt(name, run) {
  try { window.results[name] = await run(); } catch (e) { window.results[name] = "blocked: " + e.message; }
}
window.run = async () => {
  await attempt("postJson", async () => (await fetch("${app}/api/contacts", { method: "POST", mode: "no-cors",
    headers: { "content-type": "text/plain" }, body: JSON.stringify({ firstName: "Mallory" }) })).type);
  await attempt("read", async () => (await (await fetch("${app}/api/contacts")).text()).slice(0, 200));
  const csv = new File(["First Name,Last Name,URL,Email Address,Company,Position,Connected On\\nEve,Evil,,,,,\\n"], "Connections.csv");
  const files = new DataTransfer(); files.items.add(csv);
  document.querySelector("#upload input").files = files.files;
  document.getElementById("upload").submit();
  await new Promise((r) => setTimeout(r, 700));
  document.getElementById("feed").submit();
  await new Promise((r) => setTimeout(r, 700));
  return window.results;
};
</script>`;
}

describe("cross-site pages and DNS rebinding in Chromium", () => {
  let app: StartedServer;
  let evil: Server;
  let evilUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    app = await startServer();
    evil = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(hostilePage(app.url));
    });
    await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    browser = await launchChromium(["--host-resolver-rules=MAP evil.example 127.0.0.1"]);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => evil?.close(resolve));
    await app?.stop();
  });

  const stored = async () => {
    const contacts = (await (await fetch(`${app.url}/api/contacts`)).json()) as { total: number };
    const feed = (await (await fetch(`${app.url}/api/calendar-feed`)).json()) as { active: boolean };
    return { contacts: contacts.total, feed: feed.active };
  };

  it("a page of another origin can neither write (JSON, multipart upload, empty form) nor read", async () => {
    const page = await browser.newPage();
    await page.goto(evilUrl);
    const results = await page.evaluate(() =>
      (window as unknown as { run: () => Promise<Record<string, string>> }).run(),
    );
    expect(results.read).toMatch(/^blocked/); // no CORS: the page cannot read the answer
    expect(await stored()).toEqual({ contacts: 0, feed: false });
    await page.close();
  }, 30_000);

  it("a hostile name resolving to 127.0.0.1 gets 421 for the app and the API", async () => {
    const port = new URL(app.url).port;
    const page = await browser.newPage();
    const response = await page.goto(`http://evil.example:${port}/`);
    expect(response?.status()).toBe(421);
    const api = await page.evaluate(async (url) => {
      const answer = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"firstName":"Mallory"}',
      });
      return { status: answer.status, body: await answer.text() };
    }, `http://evil.example:${port}/api/contacts`);
    expect(api.status).toBe(421);
    expect(api.body).not.toContain("firstName");
    expect(await stored()).toEqual({ contacts: 0, feed: false });
    await page.close();
  }, 30_000);

  it("the app's own page works under its Content-Security-Policy and can write", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(app.url);
    await page.waitForFunction(() => (document.querySelector("#root")?.childElementCount ?? 0) > 0);
    const status = await page.evaluate(async () => {
      const answer = await fetch("/api/contacts", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"firstName":"Ada"}',
      });
      return answer.status;
    });
    expect(status).toBe(201);
    expect(violations).toEqual([]);
    expect((await stored()).contacts).toBe(1);
    await page.close();
  }, 30_000);
});
