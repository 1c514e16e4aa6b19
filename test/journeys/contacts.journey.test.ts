// A first-time user adds a contact in a real browser against the real, built server, then finds it again.
import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

describe("journey: add a contact in Chromium", () => {
  const journey = useJourney();

  it("welcomes a new user, saves their first contact, and finds it by name after a reload", async () => {
    const { url, page, pageErrors, step } = journey;

    await step("welcome", async () => {
      await page.goto(`${url}/`);
      await page.getByRole("heading", { name: "What is an informational interview?" }).waitFor();
      expect(await page.title()).toBe("Welcome · coffeechat");
      await page.getByRole("link", { name: "Add your first contact" }).click();
      await page.waitForURL(`${url}/contacts/new`);
    });

    await step("fill the form", async () => {
      await page.getByRole("textbox", { name: "First name" }).fill("Ada");
      await page.getByRole("textbox", { name: "Last name" }).fill("Lovelace");
      await page.getByRole("textbox", { name: "E-mail" }).fill("ada@example.org");
      await page.getByRole("combobox", { name: "Organisation" }).fill("Analytical Engines");
      const tags = page.getByRole("combobox", { name: "Tags" });
      await tags.fill("mathematics");
      await tags.press("Enter");
      await page.getByRole("button", { name: "Save contact" }).click();
    });

    await step("land on the contact page", async () => {
      await page.waitForURL(new RegExp(`${url}/contacts/${UUID}$`));
      await page.getByRole("heading", { level: 1, name: "Ada Lovelace" }).waitFor();
      await page.getByText("Ada Lovelace is in your contacts.").waitFor();
      expect(await page.getByRole("link", { name: "ada@example.org" }).getAttribute("href")).toBe(
        "mailto:ada@example.org",
      );
      await page.getByRole("link", { name: "Analytical Engines" }).waitFor();
      await page.getByRole("link", { name: "Contacts tagged mathematics" }).waitFor();
      expect(await page.title()).toBe("Ada Lovelace · coffeechat");
    });

    // Someone else in the list, so that the search has something to leave out.
    const response = await fetch(`${url}/api/contacts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ firstName: "Grace", lastName: "Hopper", organization: "Navy" }),
    });
    expect(response.status).toBe(201);

    const contacts = page.getByRole("list", { name: "Contacts" });
    await step("see everyone in the list", async () => {
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Contacts" })
        .click();
      await page.waitForURL(`${url}/contacts`);
      await contacts.getByRole("link", { name: /Grace Hopper/ }).waitFor();
      await contacts.getByRole("link", { name: /Ada Lovelace/ }).waitFor();
      await page.getByText("2 contacts", { exact: true }).waitFor();
    });

    await step("search by part of the name", async () => {
      await page.keyboard.press("/");
      const search = page.getByRole("searchbox", { name: "Search contacts" });
      expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
      await search.pressSequentially("lovel");
      await page.waitForURL(`${url}/contacts?q=lovel`);
      await page.getByText("1 contact match", { exact: true }).waitFor();
      await contacts.getByRole("link", { name: /Ada Lovelace/ }).waitFor();
      expect(await contacts.getByRole("link", { name: /Grace Hopper/ }).count()).toBe(0);
    });

    await step("reload keeps the search and the result", async () => {
      await page.reload();
      await contacts.getByRole("link", { name: /Ada Lovelace/ }).waitFor();
      expect(await page.getByRole("searchbox", { name: "Search contacts" }).inputValue()).toBe("lovel");
      expect(await contacts.getByRole("link", { name: /Grace Hopper/ }).count()).toBe(0);
    });

    await step("the row opens the contact", async () => {
      await contacts.getByRole("link", { name: /Ada Lovelace/ }).click();
      await page.waitForURL(new RegExp(`${url}/contacts/${UUID}$`));
      await page.getByRole("heading", { level: 1, name: "Ada Lovelace" }).waitFor();
    });

    expect(pageErrors).toEqual([]);
  }, 90_000);
});
