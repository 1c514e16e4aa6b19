// The rough edges a new user meets, seen in a real browser against the real, built server: the
// calendar feed in local mode, the scroll position between pages, unsaved work when a link is
// clicked, planning a conversation for a goal, the phrase a goal lends to requests, and dates and
// times written one way, as chosen in Settings.
import { describe, expect, it } from "vitest";
import { expectNoSeriousViolations } from "../support/axe.js";
import { useJourney } from "../support/journey.js";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

describe("journey: rough edges in Chromium", () => {
  const journey = useJourney();

  it("offers only what works on this computer for the calendar feed in local mode", async () => {
    const { url, page, step } = journey;
    await step("the calendar feed card", async () => {
      await page.goto(`${url}/import`);
      const card = page.getByRole("region", { name: "Calendar feed" });
      await card.getByRole("button", { name: "Make a calendar link" }).click();
      expect(await card.getByRole("textbox", { name: "Your calendar link" }).inputValue()).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/api\/feeds\//,
      );
      await card.getByText("only calendar apps on this computer can subscribe").waitFor();
      for (const app of ["Apple Calendar", "Thunderbird", "GNOME Calendar or Evolution"]) {
        await card.getByRole("listitem").filter({ hasText: app }).waitFor();
      }
      expect(await card.getByRole("listitem").filter({ hasText: "Google Calendar" }).count()).toBe(0);
      const download = card.getByRole("link", { name: "Download the calendar file (.ics)" });
      const href = await download.getAttribute("href");
      expect(href).toBe("/api/calendar-feed/calendar.ics");
      const file = await fetch(`${url}${href}`);
      expect(file.headers.get("content-type")).toContain("text/calendar");
      expect(await file.text()).toContain("BEGIN:VCALENDAR");
    });
  }, 60_000);

  it("opens a new page at its top and brings the contacts list back where it was on Back", async () => {
    const { url, page, step, api } = journey;
    for (let i = 0; i < 80; i++) {
      await api("POST", "/contacts", {
        firstName: `Person${String(i).padStart(2, "0")}`,
        lastName: "Scroll",
      });
    }
    let listScroll = 0;
    await step("scroll down the list and open someone", async () => {
      await page.goto(`${url}/contacts`);
      await page.getByText("80 contacts", { exact: true }).waitFor();
      await page.mouse.wheel(0, 2400);
      await page.waitForFunction(() => window.scrollY > 1500);
      const list = page.getByRole("list", { name: "Contacts" });
      const row = list.getByRole("link", { name: /Person4\d Scroll/ }).first();
      await row.waitFor({ timeout: 20_000 });
      listScroll = await page.evaluate(() => window.scrollY);
      await row.click();
      await page.waitForURL(new RegExp(`${url}/contacts/${UUID}$`));
      await page.getByRole("heading", { level: 1, name: /Person4\d Scroll/ }).waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
    await step("Back returns to the same place in the list", async () => {
      await page.goBack();
      await page.waitForURL(`${url}/contacts`);
      await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, listScroll, { timeout: 5000 });
      await page
        .getByRole("list", { name: "Contacts" })
        .getByRole("link", { name: /Person4\d Scroll/ })
        .first()
        .waitFor();
    });
  }, 120_000);

  it("asks before a link throws a filled contact form away, and Esc cancels only a clean form", async () => {
    const { url, page, step } = journey;
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await step("a clean form: the hint says Esc cancels, and it does", async () => {
      await page.goto(`${url}/today`);
      await page.goto(`${url}/contacts/new`);
      const form = page.getByRole("form", { name: "Save contact" });
      await form.getByText("to cancel").waitFor();
      await page.getByRole("textbox", { name: "First name" }).press("Escape");
      await page.waitForURL(`${url}/today`);
    });
    await step("a filled form: no Esc hint, Esc keeps it, a sidebar link asks first", async () => {
      await page.goto(`${url}/contacts/new`);
      const first = page.getByRole("textbox", { name: "First name" });
      await first.fill("Unsaved");
      const form = page.getByRole("form", { name: "Save contact" });
      expect(await form.getByText("to cancel").count()).toBe(0);
      await first.press("Escape");
      expect(page.url()).toBe(`${url}/contacts/new`);
      await nav.getByRole("link", { name: /Today/ }).click();
      const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
      await dialog.waitFor();
      await dialog.getByRole("button", { name: "Stay here" }).click();
      await dialog.waitFor({ state: "hidden" });
      expect(page.url()).toBe(`${url}/contacts/new`);
      expect(await first.inputValue()).toBe("Unsaved");
      await nav.getByRole("link", { name: /Today/ }).click();
      await dialog.getByRole("button", { name: "Leave and lose it" }).click();
      await page.waitForURL(`${url}/today`);
    });
    await step("saving the form leaves without asking", async () => {
      await page.goto(`${url}/contacts/new`);
      await page.getByRole("textbox", { name: "First name" }).fill("Saved");
      await page.getByRole("button", { name: "Save contact" }).click();
      await page.waitForURL(new RegExp(`${url}/contacts/${UUID}$`));
      expect(await page.getByRole("dialog", { name: "Leave without saving?" }).count()).toBe(0);
    });
  }, 60_000);

  it("plans a conversation for a goal from the goal's page", async () => {
    const { url, page, step, api } = journey;
    const goal = await api<{ id: string }>("POST", "/goals", { title: "Try data science", kind: "role" });
    const grace = await api<{ id: string }>("POST", "/contacts", { firstName: "Grace", lastName: "Goal" });
    await step("the goal page's button opens the plan form with the goal chosen", async () => {
      await page.goto(`${url}/goals/${goal.id}`);
      await page.getByRole("link", { name: "Plan a conversation for this goal" }).click();
      await page.waitForURL(`${url}/conversations/new?goalId=${goal.id}`);
      const goals = page.getByRole("textbox", { name: "Goals it serves" }).locator("xpath=ancestor::div[1]");
      await page.getByText("Try data science").first().waitFor();
      expect(await goals.count()).toBeGreaterThanOrEqual(0);
      await page.getByRole("combobox", { name: "Contact" }).fill("Grace");
      await page.getByRole("option", { name: /Grace Goal/ }).click();
      await page.getByRole("button", { name: "Create conversation" }).click();
      await page.waitForURL(new RegExp(`${url}/conversations/${UUID}$`));
    });
    const id = page.url().split("/").at(-1) ?? "";
    const conversation = await api<{ goalIds: string[]; contactId: string }>("GET", `/conversations/${id}`);
    expect(conversation).toMatchObject({ goalIds: [goal.id], contactId: grace.id });
  }, 60_000);

  it("asks for what I want to learn as the phrase that ends the request's sentence, and drafts with it", async () => {
    const { url, page, step, api } = journey;
    const linus = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Linus",
      lastName: "Phrase",
      emails: ["linus@example.org"],
    });
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: linus.id,
      stage: "to-ask",
    });
    const dialog = page.getByRole("dialog", { name: "New goal" });
    const phrase = dialog.getByRole("textbox", { name: "I am exploring …" });
    await step("a new goal from the conversation, its phrase checked and shown in its sentence", async () => {
      await page.goto(`${url}/conversations/${conversation.id}`);
      await page.getByRole("button", { name: "New goal" }).click();
      await dialog
        .getByRole("textbox", { name: "What do you want to explore?" })
        .fill("Data science in pharma");
      await dialog
        .getByRole("textbox", { name: "What you want to learn" })
        .fill("What the day looks like; whether my PhD skills transfer; how teams hire");
      await phrase.fill("How pharma teams hire data scientists");
      await dialog.getByText('write "how pharma teams hire data scientists"').waitFor();
      await phrase.fill("how pharma teams hire data scientists");
      await dialog
        .getByTestId("learn-phrase-preview")
        .getByText(
          "In a request: “I am exploring how pharma teams hire data scientists, and your view would help.”",
        )
        .waitFor();
      expect(await dialog.getByText(/starts with a capital/).count()).toBe(0);
      await expectNoSeriousViolations(page, "the new goal form");
      await dialog.getByRole("button", { name: "Add goal" }).click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByRole("link", { name: "Data science in pharma" }).waitFor();
    });
    await step("the drafted request says it in its sentence", async () => {
      await page.getByRole("link", { name: "Write a request…" }).click();
      await page.waitForURL(/\/compose\?/);
      await page.getByRole("combobox", { name: "Template" }).click();
      await page.getByRole("option", { name: "Request: someone you have not met" }).click();
      const message = page.getByRole("textbox", { name: "Message" });
      await expect
        .poll(() => message.inputValue())
        .toContain("exploring how pharma teams hire data scientists.");
      expect(await message.inputValue()).not.toContain("whether my PhD");
    });
  }, 60_000);

  it("writes times and dates as chosen in Settings → Appearance, on the page and in the server's prep sheet", async () => {
    const { url, page, step, api } = journey;
    await api("PATCH", "/settings", { timeZone: "UTC" });
    const mary = await api<{ id: string }>("POST", "/contacts", { firstName: "Mary", lastName: "Clock" });
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: mary.id,
      stage: "scheduled",
      scheduledAt: "2027-03-09T14:30:00.000Z",
      durationMinutes: 30,
    });
    const appearance = page.getByRole("region", { name: "Appearance" });
    const choose = async (label: string) => {
      await appearance.getByText(label, { exact: true }).click();
      await page.getByText("Dates and times now read like this", { exact: false }).last().waitFor();
    };
    const prepSheet = async () => JSON.stringify(await api("GET", `/conversations/${conversation.id}/prep`));

    await step("12-hour and month first: the conversation's time reads 2:30 PM on March 9", async () => {
      await page.goto(`${url}/settings`);
      await choose("12-hour");
      await choose("Month first");
      await page.goto(`${url}/conversations/${conversation.id}`);
      await page
        .getByText(/March 9, 2027.*2:30\sPM/)
        .first()
        .waitFor();
      await expect.poll(prepSheet).toContain("Tuesday Mar 9, 2027, 2:30 pm–3:00 pm your time");
    });

    await step(
      "24-hour and day first: the same time reads 14:30 on 9 March, here and in the prep sheet",
      async () => {
        await page.goto(`${url}/settings`);
        await choose("24-hour");
        await choose("Day first");
        await page.getByRole("textbox", { name: "Add a day off" }).fill("25/12/2026");
        await expectNoSeriousViolations(page, "Settings");
        await page.goto(`${url}/conversations/${conversation.id}`);
        await page
          .getByText(/9 March 2027.*14:30/)
          .first()
          .waitFor();
        expect(await page.getByText(/2:30\sPM/).count()).toBe(0);
        await expect.poll(prepSheet).toContain("Tuesday 9 Mar 2027, 14:30–15:00 your time");
        const settings = await api<{ dateStyle: unknown }>("GET", "/settings");
        expect(settings.dateStyle).toEqual({ time: "24h", dates: "day-month" });
      },
    );

    await step("a day and a time are typed day first and read back the same way", async () => {
      await page.getByRole("button", { name: "Log a message sent" }).click();
      const dialog = page.getByRole("dialog", { name: "Log a message to Mary Clock" });
      const day = dialog.getByRole("textbox", { name: "Sent on" });
      expect(await day.getAttribute("placeholder")).toBe("dd/mm/yyyy");
      await day.fill("1/2/2026");
      await dialog.getByRole("textbox", { name: "At" }).fill("9:15 am");
      await expect
        .poll(() => dialog.getByTestId("when-read-back").textContent())
        .toMatch(/^That is Sunday,? 1 February 2026.* 09:15\.$/);
      await dialog.getByRole("textbox", { name: "At" }).blur();
      expect(await dialog.getByRole("textbox", { name: "At" }).inputValue()).toBe("09:15");
      expect(await day.inputValue()).toBe("01/02/2026");
      await expectNoSeriousViolations(page, "the log-message dialog");
      await page.screenshot({ path: "/tmp/x/log-dialog.png" });
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "hidden" });
    });

    await step("a fresh browser takes the choice from the settings, not from its own storage", async () => {
      await page.evaluate(() => localStorage.removeItem("coffeechat-date-style"));
      await page.goto(`${url}/conversations/${conversation.id}`);
      await page
        .getByText(/9 March 2027.*14:30/)
        .first()
        .waitFor();
    });
  }, 60_000);
});
