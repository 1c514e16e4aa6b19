// A conversation's life in a real browser against the real, built server: planned, scheduled, held,
// thanked from Today in one click; and a move the rules refuse, explained on the pipeline board.
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { type StartedServer, startServer } from "../support/spawn-server.js";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** "YYYY-MM-DD" of a day relative to today, in this machine's zone (the browser's too). */
function localDate(daysFromToday: number): string {
  const day = new Date();
  day.setDate(day.getDate() + daysFromToday);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

describe("journey: a conversation from scheduled to thanked in Chromium", () => {
  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${server?.url}/api${route}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Runs a step; on failure keeps a screenshot for the post-mortem and says where. */
  async function step(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      const file = path.join(os.tmpdir(), `coffeechat-journey-${name.replace(/\W+/g, "-")}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      throw new Error(`Step "${name}" failed (screenshot: ${file}): ${(error as Error).message}`);
    }
  }

  it("plans a conversation, schedules it for yesterday, marks it done, and thanks them from Today in one click", async () => {
    const url = server?.url ?? "";
    const ada = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Ada",
      lastName: "Lovelace",
      organization: "Analytical Engines",
    });
    let conversationUrl = "";

    await step("plan from the contact page", async () => {
      await page.goto(`${url}/contacts/${ada.id}`);
      await page.getByRole("link", { name: "Plan a conversation" }).first().click();
      await page.waitForURL(`${url}/conversations/new?contactId=${ada.id}`);
      await page.getByRole("heading", { level: 1, name: "Plan a conversation with Ada Lovelace" }).waitFor();
      expect(await page.getByRole("combobox", { name: "Contact" }).inputValue()).toBe("Ada Lovelace");
      await page.getByRole("radiogroup", { name: "Stage" }).getByText("To ask", { exact: true }).click();
      await page.getByRole("button", { name: "Create conversation" }).click();
      await page.waitForURL(new RegExp(`${url}/conversations/${UUID}$`));
      conversationUrl = page.url();
      await page.getByRole("heading", { level: 1, name: "Conversation with Ada Lovelace" }).waitFor();
      await page.getByText("With Ada Lovelace, at To ask.").waitFor();
    });

    await step("schedule it for yesterday", async () => {
      await page.getByRole("button", { name: "Schedule…" }).click();
      const dialog = page.getByRole("dialog", { name: "Schedule the conversation with Ada Lovelace" });
      await dialog.waitFor();
      await dialog.getByLabel("Day").fill(localDate(-1));
      await dialog.getByLabel("Time").fill("10:00");
      await dialog.getByRole("combobox", { name: "Format" }).click();
      await page.getByRole("option", { name: "Video call" }).click();
      await dialog.getByRole("textbox", { name: "Link or number" }).fill("https://meet.example.org/ada");
      await dialog.getByRole("button", { name: "Schedule" }).click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByText("Ada Lovelace: Scheduled.").waitFor();
      await page.getByRole("link", { name: /meet\.example\.org\/ada/ }).waitFor();
    });

    await step("mark it done on the conversation page", async () => {
      await page.getByRole("button", { name: "Mark done" }).click();
      await page.getByText("Ada Lovelace: Done.").waitFor();
      await page.getByRole("button", { name: "Mark thanked" }).waitFor();
      await page.getByText("Moved to Done").waitFor();
    });

    const thankYou = page.getByRole("article", { name: "Thank Ada Lovelace" });
    await step("see the thank-you on Today", async () => {
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: /Today/ })
        .click();
      await page.waitForURL(`${url}/today`);
      await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
      await thankYou.waitFor();
      await thankYou.getByText(/^due |overdue/).waitFor();
      await page.getByTestId("habit-summary").waitFor();
    });

    await step("thank them in one click, and see it leave", async () => {
      await thankYou.getByRole("button", { name: "Mark thanked" }).click();
      await page.getByText("Ada Lovelace is thanked.", { exact: false }).waitFor();
      await thankYou.waitFor({ state: "detached" });
      const id = conversationUrl.split("/").pop() ?? "";
      const saved = await api<{ stage: string }>("GET", `/conversations/${id}`);
      expect(saved.stage).toBe("thanked");
    });

    await step("Today stays clear after a reload", async () => {
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
      await page.getByText("Nothing due today").waitFor();
      expect(await thankYou.count()).toBe(0);
    });

    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("explains a drag the rules refuse, and leaves the card where it was", async () => {
    const url = server?.url ?? "";
    const grace = await api<{ id: string }>("POST", "/contacts", { firstName: "Grace", lastName: "Hopper" });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: grace.id,
      stage: "scheduled",
      scheduledAt: tomorrow,
    });
    const card = page.locator(`[data-conversation-id="${conversation.id}"]`);
    const column = (name: string) => page.getByRole("region", { name, exact: true });

    await step("open the pipeline", async () => {
      await page.goto(`${url}/pipeline`);
      await page.getByRole("heading", { level: 1, name: "Pipeline" }).waitFor();
      await column("Scheduled").locator(card).waitFor();
    });

    await step("drag Scheduled back to Idea", async () => {
      await card.dragTo(column("Idea").getByRole("group"));
      await page.getByText("That move is not possible").waitFor();
      await page.getByText("From Scheduled it can go to", { exact: false }).waitFor();
      await column("Scheduled").locator(card).waitFor();
      expect(await column("Idea").locator(card).count()).toBe(0);
      const saved = await api<{ stage: string }>("GET", `/conversations/${conversation.id}`);
      expect(saved.stage).toBe("scheduled");
    });

    await step("the keyboard way: Move to… lists only the allowed moves", async () => {
      await card.getByRole("button", { name: "Move Grace Hopper to…" }).click();
      const menu = page.getByRole("menu");
      await menu.getByRole("menuitem", { name: /Done/ }).waitFor();
      expect(await menu.getByRole("menuitem", { name: /Idea/ }).count()).toBe(0);
      await page.keyboard.press("Escape");
    });

    expect(pageErrors).toEqual([]);
  }, 60_000);
});
