// A career centre in the browser, on a hosted server over PostgreSQL: an advisor creates a cohort
// and its link, a student joins sharing counts only, the advisor sees the counts and no name; a
// student finds an alum by topic and adds them to their contacts. axe finds no serious problem.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.js";
import { launchChromium } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { freePort, type StartedServer, startServer } from "../support/spawn-server.js";

const postgres = process.env.COFFEECHAT_TEST_DATABASE_URL;
const run = promisify(execFile);

describe.skipIf(!postgres)("a career centre's cohorts and alumni directory (hosted, PostgreSQL)", () => {
  let database: TestDatabase;
  let server: StartedServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const port = await freePort();
    server = await startServer({
      port,
      timeoutMs: 60_000,
      env: {
        COFFEECHAT_MODE: "hosted",
        DATABASE_URL: database.databaseUrl,
        COFFEECHAT_PUBLIC_URL: `http://127.0.0.1:${port}`,
        COFFEECHAT_SECRET: "a-journey-secret-that-is-long-enough-0123456789",
      },
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  /** Signs up through the API; answers the session cookie's value. */
  async function signUp(name: string, email: string, ip: string): Promise<string> {
    const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip, origin: server.url },
      body: JSON.stringify({ email, password: "correct horse battery", name }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("coffeechat.session_token="));
    if (!cookie) throw new Error("no session cookie");
    return (cookie.split(";")[0] ?? "").slice("coffeechat.session_token=".length);
  }

  async function api(token: string, method: string, route: string, body?: unknown) {
    const response = await fetch(`${server.url}/api${route}`, {
      method,
      headers: { "content-type": "application/json", cookie: `coffeechat.session_token=${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  }

  /** A browser window signed in with this session. */
  async function windowFor(token: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    await context.addCookies([
      { name: "coffeechat.session_token", value: token, url: server.url, httpOnly: true, sameSite: "Lax" },
    ]);
    contexts.push(context);
    return context.newPage();
  }

  async function expectAccessible(page: Page) {
    expect(await seriousViolations(page)).toEqual([]);
  }

  it("takes an advisor, a student and an alum through cohorts and the directory", async () => {
    const advisorToken = await signUp("Ada Advisor", "ada@centre.example.edu", "10.1.0.1");
    const studentToken = await signUp("Sam Student", "sam@centre.example.edu", "10.1.0.2");
    const alumToken = await signUp("Alex Alum", "alex@alumni.example.org", "10.1.0.3");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-centre-cli-"));
    await run(
      process.execPath,
      ["bin/coffeechat.js", "centre", "role", "ada@centre.example.edu", "advisor"],
      {
        env: { ...process.env, DATABASE_URL: database.databaseUrl, COFFEECHAT_DATA_DIR: dataDir },
      },
    );

    // The advisor creates a cohort and finds its invitation link.
    const advisor = await windowFor(advisorToken);
    await advisor.goto(`${server.url}/cohorts`);
    await advisor.getByRole("link", { name: "Cohorts" }).waitFor();
    await advisor.getByLabel("New cohort").fill("PhD careers, spring 2027");
    await advisor.getByRole("button", { name: "Create cohort" }).click();
    await advisor.getByRole("heading", { name: "PhD careers, spring 2027" }).waitFor();
    const linkBox = advisor.getByLabel("Link for students");
    await expect.poll(() => linkBox.inputValue()).toContain("/cohorts/join?token=");
    const link = await linkBox.inputValue();
    await advisor.getByText("No figures to show yet").waitFor();
    await expectAccessible(advisor);

    // The student opens the link, reads what is shared, keeps "counts only" and joins.
    const student = await windowFor(studentToken);
    await student.goto(link);
    await student.getByText("They never see:").waitFor();
    expect(await student.getByRole("radio", { name: /Counts only/ }).isChecked()).toBe(true);
    await expectAccessible(student);
    await student.getByRole("button", { name: "Join the cohort" }).click();
    await student.getByRole("heading", { name: "Sharing with advisors" }).waitFor();
    await student.getByRole("heading", { name: "PhD careers, spring 2027" }).waitFor();
    await student.getByText("No advisor has looked at your figures yet.").waitFor();

    // Some progress of the student's: one request sent to a contact.
    const contact = (await api(studentToken, "POST", "/contacts", {
      firstName: "Priya",
      lastName: "Secretname",
    })) as { id: string };
    await api(studentToken, "POST", "/messages", {
      contactId: contact.id,
      purpose: "request",
      sentAt: new Date().toISOString(),
      subject: "A short conversation?",
      body: "private words",
    });

    // The advisor sees the counts under a pseudonym: no name of the student or their contacts.
    await advisor.reload();
    const row = advisor.getByRole("row", { name: /Student 1/ });
    await row.waitFor();
    await expect.poll(() => row.getByRole("cell").first().textContent()).toBe("1");
    const dashboard = (await advisor.locator("main").textContent()) ?? "";
    expect(dashboard).not.toContain("Sam");
    expect(dashboard).not.toContain("Secretname");
    expect(dashboard).not.toContain("private words");
    await expectAccessible(advisor);

    // The student sees that the advisor looked.
    await student.reload();
    await student.getByRole("cell", { name: "Ada Advisor" }).waitFor();

    // An alum opts in; the student finds them by topic and adds them to their contacts.
    await api(alumToken, "PUT", "/alumni/profile", {
      role: "Data scientist",
      organization: "Northwind Health",
      topics: ["Leaving academia", "Hospital data"],
      formats: ["coffee", "video"],
      monthlyLimit: 2,
    });
    await student.getByRole("link", { name: "Alumni directory" }).click();
    await student.getByRole("heading", { name: "Alumni directory" }).waitFor();
    await student.getByLabel("Topic").fill("academia");
    const card = student.getByRole("article", { name: "Alex Alum" });
    await card.waitFor();
    await card.getByText("0 of 2 requests this month").waitFor();
    await expectAccessible(student);
    await card.getByRole("button", { name: "Add to my contacts" }).click();
    await card.getByRole("link", { name: "Open Alex Alum in your contacts" }).click();
    await student.getByRole("heading", { name: "Alex Alum" }).waitFor();
    await student.getByText("Data scientist").first().waitFor();
  }, 240_000);
});
