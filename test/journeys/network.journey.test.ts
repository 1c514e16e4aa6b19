// A user with a network of 5,000 people opens the map: it draws them all, hovering a node names it
// and a click on it opens the person; the list view shows the same people to a keyboard. An organisation
// where they know no one shows the referral chain that leads there under "Ways in", and asking for
// the introduction opens the composer with the request filled in.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { generateInto } from "../../bench/generate.js";
import { LOCAL_USER_ID } from "../../src/db/users.repository.js";
import { useJourney } from "../support/journey.js";

const PEOPLE = 5_000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-network-"));

/** 5,000 people at a few organisations, a thousand conversations, and one in nine introduced by another. */
function seedNetwork(): void {
  const db = new SQLite(path.join(dataDir, "coffeechat.sqlite"));
  try {
    db.pragma("busy_timeout = 5000");
    generateInto(db, LOCAL_USER_ID, { contacts: PEOPLE, notes: 0 });
    const contactId = (n: number) => `00000002-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
    const introduce = db.prepare("update contacts set introduced_by_id = ? where id = ?");
    db.transaction(() => {
      for (let i = 9; i < PEOPLE; i += 9) introduce.run(contactId(i - 4), contactId(i));
    })();
  } finally {
    db.close();
  }
}

/** Serious and critical accessibility problems axe finds on the page. */
async function axeProblems(page: Page): Promise<string[]> {
  const require = createRequire(import.meta.url);
  // Evaluated rather than added as a <script>: the app's policy allows its own scripts only.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page above
    const axe = (window as any).axe;
    // The page itself; the navigation's own badges are checked with the pages they count for.
    const result = await axe.run(
      { exclude: [['nav[aria-label="Main navigation"]']] },
      { resultTypes: ["violations"] },
    );
    return (result.violations as { id: string; impact: string; nodes: { html: string }[] }[])
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`);
  });
}

/**
 * Where a person's node is on the page, once the map is in view, the camera has stopped and sigma
 * has drawn the node in the same place twice running (the layout's last positions drawn). On a
 * loaded machine animation frames can be late, so a still camera is asked for, not only two equal
 * readings.
 */
async function nodeOnScreen(page: Page, entityId: string): Promise<{ x: number; y: number }> {
  await page.getByRole("img", { name: /Map of your network/ }).scrollIntoViewIfNeeded();
  const seen: { at: { x: number; y: number } | null } = { at: null };
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(
          (id) => (window.__coffeechatMap?.moving() ? null : (window.__coffeechatMap?.position(id) ?? null)),
          entityId,
        );
        const before = seen.at;
        seen.at = now;
        return now !== null && before !== null && now.x === before.x && now.y === before.y;
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(true);
  if (!seen.at) throw new Error("The person's node is not on the map");
  return seen.at;
}

/**
 * Points at a person's node as a reader would: zooms in around it with the wheel until pointing at
 * it names them (on a map of 5,000 people a dot can sit on its neighbour's), and returns where it is.
 */
async function pointAt(page: Page, entityId: string, name: string): Promise<{ x: number; y: number }> {
  const label = page.getByText(name, { exact: true });
  for (let attempt = 1; ; attempt++) {
    const far = await nodeOnScreen(page, entityId);
    await page.mouse.move(far.x, far.y);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    const at = await nodeOnScreen(page, entityId);
    await page.mouse.move(at.x - 30, at.y - 30);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    const named = await label.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (named) return at;
    if (attempt === 4) throw new Error(`Pointing at ${name}'s node did not name them after ${attempt} zooms`);
  }
}

describe("journey: the network map and ways in, in Chromium", () => {
  const journey = useJourney({ serverEnv: () => ({ COFFEECHAT_DATA_DIR: dataDir }) });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("draws 5,000 people, opens a person from the map and from the list, and finds a way into an organisation", async () => {
    const { url, page, pageErrors, step, api } = journey;
    seedNetwork();
    const ana = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Ana",
      lastName: "Lind",
      relationshipStrength: "warm",
    });
    const ben = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Ben",
      lastName: "Ode",
      introducedById: ana.id,
    });
    const cy = await api<{ id: string; organizationId: string }>("POST", "/contacts", {
      firstName: "Cy",
      lastName: "Reyes",
      title: "Lab manager",
      organization: "Wayfarer Labs",
      introducedById: ben.id,
    });

    await step("open the map, in the navigation: every person is drawn", async () => {
      await page.goto(`${url}/network`);
      const link = page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Network" });
      expect(await link.getAttribute("aria-current", { timeout: 60_000 })).toBe("page");
      const summary = page.getByTestId("network-summary");
      await summary.getByText(/^5,003 people, 9 organisations/).waitFor({ timeout: 90_000 });
      await page
        .getByRole("img", { name: /Map of your network/ })
        .locator("canvas")
        .first()
        .waitFor();
      await page.waitForFunction(() => window.__coffeechatMap?.settled() === true, undefined, {
        timeout: 90_000,
      });
      // Me, 5,003 people and 9 organisations: in the graph, and drawn inside the canvas.
      expect(await page.evaluate(() => window.__coffeechatMap?.order())).toBe(1 + 5_003 + 9);
      await expect
        .poll(() => page.evaluate(() => window.__coffeechatMap?.drawn()), { timeout: 30_000 })
        .toBe(1 + 5_003 + 9);
    });

    await step("the map page has no serious accessibility problem", async () => {
      const problems = await axeProblems(page);
      if (problems.length > 0) throw new Error(`axe found:\n${problems.join("\n")}`);
    });

    await step("hovering a person's node names them, and a click opens them", async () => {
      const at = await pointAt(page, ana.id, "Ana Lind");
      await page.mouse.click(at.x, at.y);
      await page.waitForURL(`${url}/contacts/${ana.id}`, { timeout: 30_000 });
    });

    await step("the list view shows the same people to a keyboard", async () => {
      const table = page.getByRole("table");
      await page.goto(`${url}/network?view=list&organizationId=${cy.organizationId}`);
      await page
        .getByTestId("network-summary")
        .getByText(/^1 person of 5,003/)
        .waitFor({ timeout: 60_000 });
      await table.getByRole("link", { name: "Cy Reyes" }).click();
      await page.waitForURL(`${url}/contacts/${cy.id}`);
    });

    await step("an organisation where I know no one shows the chain that leads there", async () => {
      await page.goto(`${url}/organizations/${cy.organizationId}`);
      const ways = page.getByRole("region", { name: "Ways in" });
      const path = ways.getByRole("listitem", { name: "Way 1: Ana Lind, then Ben Ode, then Cy Reyes" });
      await path.waitFor();
      await path.getByText("Introduced to you by Ana Lind").waitFor();
      await path.getByText("Introduced to you by Ben Ode").waitFor();
    });

    await step("asking for the introduction opens the composer, filled in", async () => {
      await page.getByRole("link", { name: "Ask Ana for an introduction" }).click();
      await page.waitForURL(/\/compose\?/);
      const address = new URL(page.url());
      expect(address.searchParams.get("contactId")).toBe(ana.id);
      expect(address.searchParams.get("purpose")).toBe("intro-request");
      expect(address.searchParams.get("introduceTo")).toBe(ben.id);
      await page.getByText("Ask Ana to introduce you to Ben Ode.").waitFor();
      const subject = page.getByRole("textbox", { name: "Subject" });
      await expect
        .poll(() => subject.inputValue(), { timeout: 30_000 })
        .toBe("Could you introduce me to Ben Ode?");
      expect(await page.getByRole("textbox", { name: "Message" }).inputValue()).toMatch(/^Hi Ana,/);
    });

    expect(pageErrors).toEqual([]);
  }, 400_000);
});
