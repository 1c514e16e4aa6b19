// A contact's page shows both sides, in a real browser against the real, built server: whom they
// introduced me to (counted in the give-and-take as something received), what I learned from them,
// and what I promised them, which can be ticked off there.
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

describe("journey: a contact's page, both sides of the relationship, in Chromium", () => {
  const journey = useJourney();

  it("shows whom they introduced, their insights and my promises to them", async () => {
    const { url, page, pageErrors, step, api } = journey;
    const grace = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Grace",
      lastName: "Hopper",
      organization: "Navy Lab",
    });
    await api("POST", "/contacts", {
      firstName: "Alan",
      lastName: "Turing",
      title: "Cryptanalyst",
      source: "referral",
      introducedById: grace.id,
    });
    const goal = await api<{ id: string }>("POST", "/goals", { title: "Compilers research", kind: "role" });
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: grace.id,
      kind: "person",
      stage: "scheduled",
      scheduledAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      goalIds: [goal.id],
    });
    await api("POST", `/conversations/${conversation.id}/insights`, {
      text: "Labs hire compiler people through summer internships",
      goalId: goal.id,
    });
    await api("POST", `/conversations/${conversation.id}/promises`, {
      title: "Send her my paper on parsers",
    });

    await step("open Grace's page: Alan is in the give-and-take, as something she gave me", async () => {
      await page.goto(`${url}/contacts/${grace.id}`);
      await page.getByRole("heading", { level: 1, name: "Grace Hopper" }).waitFor();
      const received = page.getByRole("region", { name: "What I learned and received" });
      await received.getByText("Introduced me to").waitFor();
      await received.getByRole("link", { name: "Alan Turing" }).waitFor();
      await page.getByText("So far you have only received from Grace").waitFor();
    });

    await step("see what I learned from her, with the goal it serves", async () => {
      const insights = page.getByRole("region", { name: "What I learned from them" });
      await insights.getByText("Labs hire compiler people through summer internships").waitFor();
      await insights.getByRole("link", { name: "Compilers research" }).waitFor();
    });

    await step("see what I promised her, and tick it off", async () => {
      const promises = page.getByRole("region", { name: "What I promised them" });
      const done = promises.getByRole("checkbox", { name: "Done: Send her my paper on parsers" });
      await done.waitFor();
      expect(await done.isChecked()).toBe(false);
      if (process.env.COFFEECHAT_SCREENSHOTS)
        await page.screenshot({
          path: `${process.env.COFFEECHAT_SCREENSHOTS}/contact-page.png`,
          fullPage: true,
        });
      await done.click();
      await page.getByText("Kept: Send her my paper on parsers").waitFor();
      const tasks = await api<{ items: { title: string; done: boolean }[] }>(
        "GET",
        `/tasks?contactId=${grace.id}&done=all`,
      );
      expect(tasks.items.find((t) => t.title === "Send her my paper on parsers")?.done).toBe(true);
    });

    await step(
      "no serious or critical accessibility problem on the new cards (names, roles, lists)",
      async () => {
        await page.evaluate(axe.source);
        const result = await page.evaluate(async () => {
          // biome-ignore lint/suspicious/noExplicitAny: axe is evaluated in the page above
          const axe = (window as any).axe;
          const cards = ["What I promised them", "What I learned from them", "What I learned and received"];
          const run = await axe.run(
            { include: cards.map((name) => [`section[aria-label="${name}"]`]) },
            // Colour contrast is checked page by page, in both schemes, by the accessibility journeys.
            { resultTypes: ["violations"], rules: { "color-contrast": { enabled: false } } },
          );
          return run.violations
            .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
            .map(
              (v: { id: string; nodes: { target: string[] }[] }) =>
                `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
            );
        });
        expect(result.join("\n")).toBe("");
      },
    );

    expect(pageErrors).toEqual([]);
  }, 120_000);
});
