// A user looks for someone who understands a topic: the person whose insight mentions it comes
// first, with the evidence, and a click reaches the person; their page suggests what to ask them.
import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

describe("journey: who knows what in Chromium", () => {
  const journey = useJourney();

  it("ranks people for a topic with the evidence and opens the person", async () => {
    const { url, page, pageErrors, step, api } = journey;
    const titled = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Cy",
      lastName: "Reyes",
      title: "Proteomics sales",
    });
    const ana = await api<{ id: string }>("POST", "/contacts", { firstName: "Ana", lastName: "Lind" });
    const talk = await api<{ id: string }>("POST", "/conversations", {
      contactId: ana.id,
      notes: "Proteomics cores need people who can write SQL. Proteomics funding is growing.",
    });
    await api("POST", `/conversations/${talk.id}/insights`, {
      text: "Proteomics labs hire from bioinformatics.",
    });

    await step("open the page from the navigation", async () => {
      await page.goto(`${url}/today`);
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Who knows what" })
        .click();
      await page.waitForURL(`${url}/who-knows-what`);
      await page.getByText("Type a topic", { exact: true }).waitFor();
    });

    const people = page.getByRole("list", { name: "People who know about this" });
    await step("type a topic and see people ranked with evidence", async () => {
      await page.getByRole("searchbox", { name: "Topic" }).pressSequentially("proteomics");
      await people.getByRole("link", { name: "Ana Lind" }).waitFor();
      const names = await people
        .locator(":scope > li")
        .evaluateAll((items) => items.map((li) => li.querySelector("a")?.textContent ?? ""));
      expect(names).toEqual(["Ana Lind", "Cy Reyes"]);
      await people.getByText("Proteomics labs hire from bioinformatics.").waitFor();
    });

    await step("the evidence opens the conversation and the name the person", async () => {
      expect(await people.getByRole("link", { name: "Insight" }).first().getAttribute("href")).toBe(
        `/conversations/${talk.id}`,
      );
      await people.getByRole("link", { name: "Ana Lind" }).click();
      await page.waitForURL(`${url}/contacts/${ana.id}`);
      const topics = page.getByRole("list", { name: "Topics" });
      await topics.getByRole("link", { name: "Proteomics" }).waitFor();
    });

    expect(titled.id).toBeTruthy();
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
