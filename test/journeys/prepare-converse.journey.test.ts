// Preparing, holding and following through one conversation in a real browser against the real, built
// server: the prep sheet (the contact, the goal, the questions ending with "who else" and "may I mention you"), conversation
// mode (a question ticked with a note under it, a referral added and still listed after a reload), the wrap-up (done, a fit rating) and
// a thank-you drafted in the composer from the note picked.
import { describe, expect, it } from "vitest";
import { expectNoSeriousViolations } from "../support/axe.js";
import { useJourney } from "../support/journey.js";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

interface QuestionItem {
  text: string;
  askedAt: string | null;
  note: string;
}

describe("journey: from the prep sheet through conversation mode to a referral and a thank-you, in Chromium", () => {
  const journey = useJourney({ bypassCsp: true });

  it("prepares, converses, notes, refers, wraps up and drafts the thank-you from a note", async () => {
    const { url, page, pageErrors, step, api } = journey;
    const grace = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Grace",
      lastName: "Hopper",
      organization: "Navy Lab",
      title: "Rear admiral",
      emails: ["grace@example.org"],
    });
    const goal = await api<{ id: string }>("POST", "/goals", {
      title: "Compilers research at a national lab",
      kind: "company",
      description: "Is a lab a good place for compiler work?",
    });
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: grace.id,
      kind: "company",
      stage: "scheduled",
      scheduledAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      durationMinutes: 30,
      format: "coffee",
      place: "Blue Bottle",
      goalIds: [goal.id],
    });
    const base = `${url}/conversations/${conversation.id}`;
    const note = "Started as a lab technician before writing compilers";
    let firstQuestion = "";

    await step("open the prep sheet from the conversation page", async () => {
      await page.goto(base);
      await page.getByRole("heading", { level: 1, name: "Conversation with Grace Hopper" }).waitFor();
      await page
        .getByRole("navigation", { name: "Prepare and follow through" })
        .getByRole("link", { name: "Prep sheet" })
        .click();
      await page.waitForURL(`${base}/prep`);
      await page
        .getByRole("heading", { level: 1, name: "Prep: coffee with Grace Hopper (Navy Lab)" })
        .waitFor();
    });

    await step(
      "see the contact, the goal and the questions, closing with “who else” and “may I mention you”",
      async () => {
        const who = page.getByRole("region", { name: "Who" });
        await who.getByRole("link", { name: "Grace Hopper" }).waitFor();
        await who.getByText("Rear admiral, Navy Lab").waitFor();
        await page
          .getByRole("region", { name: "Why" })
          .getByText("Compilers research at a national lab")
          .waitFor();
        const questions = page.getByRole("list", { name: "Questions, in order" }).getByRole("listitem");
        await questions.first().waitFor();
        expect(await questions.count()).toBeGreaterThanOrEqual(8);
        expect(await questions.nth(-2).textContent()).toMatch(/who else/i);
        expect(await questions.last().textContent()).toMatch(/May I mention that you suggested/);
        firstQuestion = ((await questions.first().locator(".prep-question-text").textContent()) ?? "").trim();
        expect(firstQuestion.length).toBeGreaterThan(10);
      },
    );

    await step("start conversation mode", async () => {
      await page.getByRole("link", { name: "Start conversation" }).click();
      await page.waitForURL(`${base}/live`);
      await page.getByRole("heading", { level: 1, name: /Grace Hopper/ }).waitFor();
      await page.getByRole("region", { name: "Timer" }).getByRole("button", { name: "Start timer" }).click();
      await page.getByRole("button", { name: "Pause" }).waitFor();
    });

    await step("tick the first question and note what they said under it", async () => {
      const checklist = page.getByRole("list", { name: "Question checklist" });
      await checklist.getByRole("checkbox", { name: firstQuestion }).check();
      await checklist.getByRole("textbox", { name: `Note on: ${firstQuestion}` }).fill(note);
      const questions = page.getByRole("region", { name: "Questions" });
      await questions.getByText("1 of", { exact: false }).waitFor();
      await questions.getByRole("status").getByText("Saved").waitFor();
    });

    await step("add a referral: someone new, and I may mention Grace's name", async () => {
      const panel = page.getByRole("region", { name: "Quick adds" });
      const form = panel.getByRole("form", { name: "Add a referral" });
      await form.getByRole("textbox", { name: "Name" }).fill("Katherine Johnson");
      await form.getByRole("textbox", { name: "Organisation" }).fill("NASA");
      await form.getByRole("textbox", { name: "E-mail" }).fill("katherine@example.org");
      const mention = form.getByRole("switch", { name: "I may mention Grace's name" });
      await mention.check();
      await form.getByRole("button", { name: "Add referral" }).click();
      const added = panel.getByRole("list", { name: "Referrals added" });
      await added.getByRole("link", { name: "Katherine Johnson" }).waitFor();
      await added.getByText("may mention Grace").waitFor();
      expect(await form.getByRole("textbox", { name: "Name" }).inputValue()).toBe("");
    });

    await step(
      "reopen conversation mode in a fresh browser state: the referral is still listed",
      async () => {
        // Nothing of it is kept in this browser: the list comes from the server.
        await page.evaluate(() => window.localStorage.clear());
        await page.reload();
        await page.getByRole("heading", { level: 1, name: /Grace Hopper/ }).waitFor();
        const added = page
          .getByRole("region", { name: "Quick adds" })
          .getByRole("list", { name: "Referrals added" });
        await added.getByRole("link", { name: "Katherine Johnson" }).waitFor();
        await added.getByText("may mention Grace").waitFor();
        await added.getByText("NASA").waitFor();
        await expectNoSeriousViolations(page, "Conversation mode, reopened with a referral");
        if (process.env.COFFEECHAT_SCREENSHOTS)
          await page.screenshot({
            path: `${process.env.COFFEECHAT_SCREENSHOTS}/live-referrals-reopened.png`,
          });
      },
    );

    await step("wrap up: mark it done and rate how the goal fits", async () => {
      await page.getByRole("button", { name: "Wrap up" }).click();
      await page.waitForURL(`${base}/wrap-up`);
      await page.getByRole("heading", { level: 1, name: "Wrap up: Grace Hopper" }).waitFor();
      const done = page.getByRole("region", { name: "Mark it done" });
      await done.getByRole("button", { name: "Mark done" }).click();
      // It is scheduled for later today: marking it done before its time asks first.
      const early = page.getByRole("dialog", { name: "Has it already taken place?" });
      await early.getByRole("button", { name: "Yes, we have talked" }).click();
      await done.getByText("Done", { exact: true }).waitFor();
      const fit = page.getByRole("radiogroup", { name: "Fit of Compilers research at a national lab" });
      // The fourth star: its radio is visually hidden, its label is the star one clicks.
      const fourth = await fit.getByLabel("4 of 5").getAttribute("id");
      await fit.locator(`label[for="${fourth}"]`).click();
      await page.getByText("Fit for “Compilers research at a national lab” saved.").waitFor();
    });

    await step("start the thank-you from the note, and see the composer draft it", async () => {
      const thanks = page.getByRole("region", { name: "Thank Grace" });
      await thanks.getByRole("radio", { name: note }).check();
      const point = thanks.getByRole("textbox", { name: "In your words" });
      expect(await point.inputValue()).toBe("started as a lab technician before writing compilers");
      await thanks.getByRole("button", { name: "Write the thank-you" }).click();
      await page.waitForURL(new RegExp(`${url}/compose\\?.*purpose=thank-you.*specificPoint=`));
      const params = new URL(page.url()).searchParams;
      expect(params.get("contactId")).toBe(grace.id);
      expect(params.get("conversationId")).toBe(conversation.id);
      expect(params.get("specificPoint")).toBe("started as a lab technician before writing compilers");
      await page.getByRole("heading", { level: 1, name: "Write to Grace Hopper" }).waitFor();
      const message = page.getByRole("textbox", { name: "Message" });
      await expect
        .poll(async () => message.inputValue(), { timeout: 10_000 })
        .toContain("started as a lab technician before writing compilers");
      // Kept with the conversation, for a thank-you written later from Today.
      const kept = await api<{ thankYouPoint: string | null }>("GET", `/conversations/${conversation.id}`);
      expect(kept.thankYouPoint).toBe("started as a lab technician before writing compilers");
    });

    await step("the API has the referral linked to Grace and the note under the question", async () => {
      const found = await api<{
        items: {
          id: string;
          introducedById: string | null;
          mayMentionIntroducer: boolean | null;
          source: string | null;
        }[];
      }>("GET", "/contacts?q=Katherine");
      expect(found.items).toHaveLength(1);
      expect(found.items[0]?.introducedById).toBe(grace.id);
      expect(found.items[0]?.mayMentionIntroducer).toBe(true);
      expect(found.items[0]?.source).toBe("referral");
      const saved = await api<{ saved: boolean; items: QuestionItem[] }>(
        "GET",
        `/conversations/${conversation.id}/questions`,
      );
      expect(saved.saved).toBe(true);
      expect(saved.items[0]?.text).toBe(firstQuestion);
      expect(saved.items[0]?.note).toBe(note);
      expect(saved.items[0]?.askedAt).not.toBeNull();
      expect(saved.items.at(-2)?.text).toMatch(/who else/i);
      expect(saved.items.at(-1)?.text).toMatch(/May I mention/);
      const held = await api<{ stage: string }>("GET", `/conversations/${conversation.id}`);
      expect(held.stage).toBe("done");
      const detail = await api<{ conversations: { id: string; fitRating: number | null }[] }>(
        "GET",
        `/goals/${goal.id}`,
      );
      expect(detail.conversations.find((c) => c.id === conversation.id)?.fitRating).toBe(4);
    });

    expect(new RegExp(`^${UUID}$`).test(conversation.id)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("keeps a note typed while the server cannot be reached, and saves it on the next visit", async () => {
    const { url, page, step, api } = journey;
    const ada = await api<{ id: string }>("POST", "/contacts", { firstName: "Ada", lastName: "Lovelace" });
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: ada.id,
      kind: "person",
      stage: "scheduled",
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const live = `${url}/conversations/${conversation.id}/live`;
    const saves = `**/api/conversations/${conversation.id}/questions`;
    const note = "Her notes on the engine were longer than the paper";

    await step("type a note while saves fail", async () => {
      await page.goto(live);
      const firstNote = page.getByRole("list", { name: "Question checklist" }).getByRole("textbox").first();
      await firstNote.waitFor();
      await page.route(saves, (route) =>
        route.request().method() === "PUT" ? route.abort("connectionrefused") : route.continue(),
      );
      await firstNote.fill(note);
      await page.getByText("Kept in this browser until it is.", { exact: false }).waitFor();
    });

    await step("come back with the server reachable: the note is restored and saved", async () => {
      await page.unroute(saves);
      await page.goto(`${url}/today`);
      await page.goto(live);
      const firstNote = page.getByRole("list", { name: "Question checklist" }).getByRole("textbox").first();
      await expect.poll(async () => firstNote.inputValue()).toBe(note);
      await page.getByRole("region", { name: "Questions" }).getByRole("status").getByText("Saved").waitFor();
      const saved = await api<{ saved: boolean; items: QuestionItem[] }>(
        "GET",
        `/conversations/${conversation.id}/questions`,
      );
      expect(saved.saved).toBe(true);
      expect(saved.items[0]?.note).toBe(note);
    });
  }, 60_000);
});
