// Today's menus and tooltips load their code on first use: in a real browser, a click or a key
// pressed on a control whose code is still loading does what it says all the same.
import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

describe("journey: Today's snooze menu and tooltip in Chromium", () => {
  const journey = useJourney();

  it("shows the shortcut's tooltip, and snoozes one item with the mouse and another with the keyboard", async () => {
    const { url, page, step, api, pageErrors } = journey;
    const overdue = new Date(Date.now() - 3_600_000).toISOString();
    await api("POST", "/tasks", { title: "Send Ada the paper", dueAt: overdue });
    await api("POST", "/tasks", { title: "Call Grace", dueAt: overdue });
    const onToday = async () =>
      (await api<{ sections: { items: { title: string }[] }[] }>("GET", "/agenda")).sections
        .flatMap((section) => section.items.map((item) => item.title))
        .sort();

    await step("pointing at Plan a conversation shows its shortcut", async () => {
      await page.goto(`${url}/today`);
      await page.getByRole("link", { name: "Plan a conversation", exact: true }).hover();
      await page.getByRole("tooltip", { name: "Shortcut: N" }).waitFor();
    });
    await step("a click on a snooze button opens its menu at once", async () => {
      const button = page.getByRole("button", { name: "Snooze “Send Ada the paper”" });
      expect(await button.getAttribute("aria-haspopup")).toBe("menu");
      await button.click();
      await page.getByRole("menuitem", { name: "Tomorrow morning" }).click();
      await page.getByText("Send Ada the paper").waitFor({ state: "detached" });
      expect(await onToday()).toEqual(["Call Grace"]);
    });

    await step("Enter on a focused snooze button opens its menu, the arrow keys choose", async () => {
      await page.goto(`${url}/today`);
      await page.getByRole("button", { name: "Snooze “Call Grace”" }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("menu").waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.getByText("Call Grace").waitFor({ state: "detached" });
      expect(await onToday()).toEqual([]);
    });

    expect(pageErrors).toEqual([]);
  }, 60_000);
});
