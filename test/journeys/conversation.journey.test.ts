// A conversation's life in a real browser against the real, built server: planned, scheduled, held,
// thanked from Today in one click; and a move the rules refuse, explained on the pipeline board.
import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** "YYYY-MM-DD" of a day relative to today, in this machine's zone (the browser's too). */
function localDate(daysFromToday: number): string {
  const day = new Date();
  day.setDate(day.getDate() + daysFromToday);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

describe("journey: a conversation from scheduled to thanked in Chromium", () => {
  const journey = useJourney();

  it("plans a conversation, schedules it for yesterday, marks it done, and thanks them from Today in one click", async () => {
    const { url, page, pageErrors, step, api } = journey;
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
    const { url, page, pageErrors, step, api } = journey;
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
