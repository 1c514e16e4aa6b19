// The command palette in Chromium: Ctrl-K from Today finds a word that is only in a conversation's
// notes and opens that conversation; "/" opens the palette on another page; actions run from it.
import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

describe("journey: the command palette in Chromium", () => {
  const journey = useJourney();

  it("finds a note's word from Today, opens with / elsewhere, and runs actions", async () => {
    const { url, page, pageErrors, step, api } = journey;
    const ada = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Ada",
      lastName: "Lovelace",
      organization: "Analytical Engines",
    });
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: ada.id,
      notes: "She moved from physics into ferroelectric memory design after a summer project.",
    });
    const palette = page.getByRole("dialog", { name: "Search and go" });
    const search = palette.getByRole("combobox", { name: "Search everything" });

    await step("Ctrl-K from Today finds a word only in the notes", async () => {
      await page.goto(`${url}/today`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.keyboard.press("Control+K");
      await search.waitFor();
      await expect
        .poll(() => search.evaluate((element) => element === document.activeElement), { message: "focus" })
        .toBe(true);
      await page.keyboard.type("ferroelec");
      const hit = palette.getByRole("option").filter({ hasText: "ferroelectric" });
      await hit.waitFor();
      await expect.poll(() => hit.getAttribute("aria-selected"), { message: "selected" }).toBe("true");
    });

    await step("Enter opens that conversation", async () => {
      await page.keyboard.press("Enter");
      await page.waitForURL(`${url}/conversations/${conversation.id}`);
      await palette.waitFor({ state: "hidden" });
    });

    await step("/ opens the palette on the conversation's page", async () => {
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.locator("body").click({ position: { x: 600, y: 700 } });
      await page.keyboard.press("/");
      await search.waitFor();
      await palette.getByRole("option", { name: /Plan a conversation with…/, selected: true }).waitFor();
      await page.screenshot({ path: "/tmp/coffeechat-palette-light.png" });
      await page.screenshot({
        path: "/tmp/coffeechat-palette-header.png",
        clip: { x: 900, y: 0, width: 380, height: 60 },
      });
    });

    await step("an action runs: plan a conversation with someone picked by name", async () => {
      await page.keyboard.type("plan");
      await expect
        .poll(() => palette.getByRole("option", { selected: true }).textContent())
        .toContain("Plan a conversation with…");
      await page.keyboard.press("Enter");
      const picker = palette.getByRole("combobox", { name: /Plan a conversation with… Type a name/ });
      await picker.waitFor();
      await page.keyboard.type("lovel");
      await palette
        .getByRole("option", { name: /Plan a conversation with Ada Lovelace/, selected: true })
        .waitFor();
      await page.keyboard.press("Enter");
      await page.waitForURL(`${url}/conversations/new?contactId=${ada.id}`);
      await palette.waitFor({ state: "hidden" });
      await page.getByRole("heading", { level: 1 }).first().waitFor();
    });

    await step("another action from the search button: add a contact", async () => {
      await page.getByRole("button", { name: /^Search/ }).click();
      await search.waitFor();
      await expect
        .poll(() => search.evaluate((element) => element === document.activeElement), { message: "focus" })
        .toBe(true);
      await page.keyboard.type("add a con");
      await expect.poll(() => search.inputValue()).toBe("add a con");
      await palette.getByRole("option", { name: /Add a contact/, selected: true }).waitFor();
      await page.keyboard.press("Enter");
      await page.waitForURL(`${url}/contacts/new`);
    });

    expect(pageErrors).toEqual([]);
  }, 90_000);
});
