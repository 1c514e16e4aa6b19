// The prep sheet on paper, in a real browser against the real, built server: a realistic 30-minute
// conversation (a contact with notes and needs, earlier touches, a goal, my introduction) prints on one
// A4 page, without the app around it and without a toast that happened to be showing; the questions
// close with "who else?" and then "may I mention you?"; the goal's own words are not doubled by a
// generic suggestion.
import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

/** The pages of a PDF as Chromium writes it: one "/Type /Page" object per page. */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe("journey: printing the prep sheet of a 30-minute conversation, in Chromium", () => {
  const journey = useJourney();

  it("fits one A4 page, prints no toast, asks who else before asking to mention them", async () => {
    const { url, page, pageErrors, step, api } = journey;
    await api("PATCH", "/settings", {
      name: "Sam Rivera",
      intro:
        "I am a research chemist finishing a postdoc on catalysis, and I am looking at data engineering as a next step: I enjoy building the pipelines behind our experiments more than running them.",
    });
    const ada = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Ada",
      lastName: "Lovelace",
      organization: "Analytical Engines",
      title: "Principal analyst",
    });
    const grace = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Grace",
      lastName: "Hopper",
      organization: "Navy Lab",
      title: "Engineering manager, data platform",
      emails: ["grace@example.org"],
      linkedinUrl: "https://www.linkedin.com/in/grace-hopper-example",
      source: "referral",
      introducedById: ada.id,
      needs: "Hiring two data engineers next spring; looking for speakers for the lab's open day.",
      notes:
        "Moved from compilers research to running the data platform team in 2021. Wrote the lab's guide to reproducible pipelines.\nLikes short, concrete questions.",
    });
    for (const [days, summary] of [
      [40, "Met at the data meetup in Leeds"],
      [30, "She shared her talk slides"],
      [20, "Request sent by e-mail"],
      [18, "She said yes to a coffee"],
      [10, "Confirmed the place and time"],
    ] as const) {
      await api("POST", "/interactions", {
        contactId: grace.id,
        kind: "other",
        direction: "mutual",
        occurredAt: new Date(Date.now() - days * 86_400_000).toISOString(),
        summary,
      });
    }
    const goal = await api<{ id: string }>("POST", "/goals", {
      title: "Data engineering after a PhD",
      kind: "role",
      description: "Whether my lab and coding experience carries over, and how teams hire for it.",
    });
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: grace.id,
      kind: "person",
      stage: "scheduled",
      scheduledAt: new Date(Date.now() + 26 * 3_600_000).toISOString(),
      durationMinutes: 30,
      format: "coffee",
      place: "Blue Bottle, 12 King Street",
      goalIds: [goal.id],
    });

    await step("open the prep sheet: the goal's own words, no generic suggestion beside them", async () => {
      await page.goto(`${url}/conversations/${conversation.id}/prep`);
      await page
        .getByRole("heading", { level: 1, name: "Prep: coffee with Grace Hopper (Navy Lab)" })
        .waitFor();
      const why = page.getByRole("region", { name: "Why" });
      await why.getByText("Whether my lab and coding experience carries over").waitFor();
      expect(await why.getByText("A suggestion").count()).toBe(0);
    });

    await step("the questions close with who else, then may I mention that they suggested it", async () => {
      const questions = page.getByRole("list", { name: "Questions, in order" }).getByRole("listitem");
      await questions.first().waitFor();
      expect(await questions.count()).toBe(10);
      expect(await questions.nth(8).textContent()).toMatch(/who else/i);
      expect(await questions.nth(9).textContent()).toMatch(/May I mention that you suggested/);
    });

    await step("a toast showing does not print", async () => {
      await page.getByRole("button", { name: "Edit my introduction" }).click();
      await page.getByRole("button", { name: "Save introduction" }).click();
      const toast = page.getByText("Introduction saved. Every prep sheet uses it.");
      await toast.waitFor();
      await page.emulateMedia({ media: "print" });
      expect(await toast.isVisible()).toBe(false);
      expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
      expect(await page.getByRole("navigation").first().isVisible()).toBe(false);
      // Back to no emulation: page.pdf() then prints with the print styles, as a browser does.
      await page.emulateMedia({ media: null });
    });

    await step("prints on one A4 page", async () => {
      const pdf = await page.pdf({ format: "A4" });
      if (process.env.COFFEECHAT_SCREENSHOTS) {
        const { writeFile } = await import("node:fs/promises");
        await writeFile(`${process.env.COFFEECHAT_SCREENSHOTS}/prep-sheet.pdf`, pdf);
        await page.emulateMedia({ media: "print" });
        await page.setViewportSize({ width: 688, height: 1032 });
        await page.screenshot({
          path: `${process.env.COFFEECHAT_SCREENSHOTS}/prep-print.png`,
          fullPage: true,
        });
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ media: null });
      }
      expect(pageCount(pdf)).toBe(1);
    });

    expect(pageErrors).toEqual([]);
  }, 120_000);
});
