// A user with a short record opens What works: the empty state explains what will appear; with
// requests sent, the funnel and the reply rates by weekday (on the reader's clock) appear, marked
// too few to tell, and the page passes axe's serious and critical checks.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

describe("journey: what works in Chromium", () => {
  const journey = useJourney();

  it("shows the empty state, then the figures of a record, accessibly", async () => {
    const { url, page, pageErrors, step, api } = journey;

    await step("a new user sees what will appear", async () => {
      await page.goto(`${url}/today`);
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "What works" })
        .click();
      await page.waitForURL(`${url}/what-works`);
      await page.getByText("Nothing to show yet", { exact: true }).waitFor();
    });

    // Three requests to Tokyo, sent on Mondays at 23:30 UTC: Tuesdays at 08:30 on their clock.
    for (const [i, sentAt] of [
      "2026-11-02T23:30:00Z",
      "2026-11-09T23:30:00Z",
      "2026-11-16T23:30:00Z",
    ].entries()) {
      const person = await api<{ id: string }>("POST", "/contacts", {
        firstName: ["Aiko", "Ben", "Chie"][i],
        lastName: "Tanaka",
        timeZone: "Asia/Tokyo",
        source: "linkedin",
      });
      const talk = await api<{ id: string }>("POST", "/conversations", {
        contactId: person.id,
        stage: "to-ask",
      });
      await api("POST", "/messages", {
        contactId: person.id,
        conversationId: talk.id,
        purpose: "request",
        sentAt,
        ...(i === 0 ? { repliedAt: "2026-11-04T09:00:00Z" } : {}),
      });
    }

    await step("the figures appear, with honest notes", async () => {
      await page.reload();
      await page.getByText(/1 of 3 requests got a reply \(33%\)/).waitFor({ timeout: 30_000 });
      const weekdays = page.getByRole("table", { name: "Reply rate by weekday sent" });
      const tuesday = weekdays.getByRole("row", { name: /Tuesday/ });
      await tuesday.waitFor();
      expect(await tuesday.textContent()).toContain("33%");
      await tuesday.getByText("Too few to tell").waitFor();
      expect(await weekdays.getByRole("row", { name: /Monday/ }).count()).toBe(0);
      const funnel = page.getByRole("table", { name: /The funnel/ });
      expect(await funnel.getByRole("row", { name: /Asked/ }).textContent()).toContain("3");
      await page.getByRole("img", { name: /Reply rate by weekday sent\. Tuesday: 33% of 3/ }).waitFor();
      await page.screenshot({ path: "/tmp/what-works.png", fullPage: true });
    });

    await step("axe finds nothing serious or critical", async () => {
      // The app's content security policy refuses inline scripts; axe goes in as the test's own code.
      await page.evaluate(readFileSync(axePath, "utf8"));
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> };
          }
        ).axe;
        const result = await axe.run();
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map(
            (v) =>
              `${v.id}: ${JSON.stringify((v as unknown as { nodes: { target: string[]; html: string }[] }).nodes.slice(0, 4).map((n) => n.html.slice(0, 120)))}`,
          );
      });
      expect(violations).toEqual([]);
    });

    expect(pageErrors).toEqual([]);
  }, 120_000);
});
