// Outreach in a real browser against the real, built server and a real SMTP server on 127.0.0.1:
// write a request from a conversation, watch a check fail and then pass after an edit, schedule it,
// find it in the outbox, send it now, and see it arrive.
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useJourney } from "../support/journey.js";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** The date and time inputs' values for a moment, in this machine's zone (the browser's too). */
function localInputs(at: Date): { date: string; time: string } {
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** A check's level as the page says it to a screen reader: "Good", "Consider" or "Fix". */
async function levelOf(check: Locator): Promise<string> {
  const text = (await check.textContent()) ?? "";
  return text.split(":")[0]?.trim() ?? "";
}

describe("journey: writing a request, checking it, scheduling it and sending it, in Chromium", () => {
  let smtp: TestSmtpServer | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const journey = useJourney({
    serverEnv: () => ({
      COFFEECHAT_SMTP_URL: smtp?.url,
      COFFEECHAT_MAIL_FROM: "Grace Hopper <grace@example.org>",
    }),
  });

  it("composes a request, sees a check turn ok after an edit, schedules it and finds it in the outbox", async () => {
    const { url, page, pageErrors, step, api } = journey;
    const ada = await api<{ id: string }>("POST", "/contacts", {
      firstName: "Ada",
      lastName: "Lovelace",
      emails: ["ada@example.org"],
      organization: "Analytical Engines",
      title: "Analyst",
      timeZone: "Europe/London",
    });
    const conversation = await api<{ id: string }>("POST", "/conversations", {
      contactId: ada.id,
      stage: "to-ask",
    });
    const subject = "A question about your work at Analytical Engines";
    const checks = page.getByRole("list", { name: "Checks of the draft" });
    const jobCheck = checks.getByRole("listitem").filter({ hasText: "job request" });
    const placeholderCheck = checks.getByRole("listitem").filter({ hasText: /placeholder|Fill in/ });
    const message = page.getByRole("textbox", { name: "Message" });
    let draft = "";

    await step("open the composer from the conversation", async () => {
      await page.goto(`${url}/conversations/${conversation.id}`);
      await page.getByRole("link", { name: "Write a request…" }).click();
      await page.waitForURL(/\/compose\?/);
      expect(new URL(page.url()).searchParams.get("conversationId")).toBe(conversation.id);
      await page.getByRole("heading", { level: 1, name: "Write to Ada Lovelace" }).waitFor();
      expect(await page.getByRole("combobox", { name: "To" }).inputValue()).toBe("Ada Lovelace");
      await page.getByText("ada@example.org").waitFor();
    });

    await step("pick a request template", async () => {
      await page.getByRole("combobox", { name: "Template" }).click();
      await page.getByRole("option", { name: "Request: someone you have not met" }).click();
      await expect.poll(() => page.getByRole("textbox", { name: "Subject" }).inputValue()).toBe(subject);
      await expect.poll(() => message.inputValue()).toContain("Dear Ada,");
      expect(await message.inputValue()).toContain("{{learnGoal}}");
      await expect.poll(() => levelOf(placeholderCheck)).toBe("Fix");
      await page
        .getByRole("region", { name: "When to send" })
        .getByText(/^Best sent /)
        .waitFor();
    });

    await step("fill in what coffeechat did not know, and the draft is rendered again", async () => {
      await page.getByRole("textbox", { name: "What you want to learn" }).fill("how analysts use engines");
      await page.getByRole("textbox", { name: "Your name" }).fill("Grace Hopper");
      await expect.poll(() => message.inputValue()).toContain("exploring how analysts use engines");
      await expect.poll(() => message.inputValue()).toContain("Grace Hopper");
      await expect.poll(() => levelOf(placeholderCheck)).toBe("Good");
      expect(await levelOf(jobCheck)).toBe("Good");
      draft = await message.inputValue();
    });

    await step("a sentence asking for a job fails a check", async () => {
      await message.fill(`${draft}\n\nI am also looking for a job in your team; my CV is attached.`);
      await expect.poll(() => levelOf(jobCheck)).toBe("Fix");
      await jobCheck.getByText("reads as a job request").waitFor();
      await page
        .getByTestId("checks-summary")
        .getByText(/to fix/)
        .waitFor();
    });

    await step("taking it out turns the check ok", async () => {
      await message.fill(draft);
      await expect.poll(() => levelOf(jobCheck)).toBe("Good");
      await jobCheck.getByText("No job request").waitFor();
    });

    const later = localInputs(new Date(Date.now() + 2 * 60_000));
    await step("schedule it a minute or two ahead", async () => {
      const when = page.getByRole("region", { name: "When to send" });
      await when.getByLabel("Day").fill(later.date);
      await when.getByLabel("Time").fill(later.time);
      await when.getByRole("button", { name: "Schedule" }).click();
      await page.waitForURL(`${url}/outbox`);
      await page.getByText("Your request to Ada Lovelace goes out", { exact: false }).waitFor();
    });

    const item = page.getByRole("article", { name: `To Ada Lovelace: ${subject}` });
    await step("see it in the outbox, scheduled", async () => {
      await page.getByRole("heading", { level: 1, name: "Outbox" }).waitFor();
      await item.waitFor();
      await item.getByText("Scheduled", { exact: true }).waitFor();
      await item.getByText("ada@example.org").waitFor();
      await item.getByText(/in \d+ minutes?/).waitFor();
      const outbox = await api<{ items: { subject: string; status: string; scheduledAt: string }[] }>(
        "GET",
        "/messages?status=scheduled,sending,failed",
      );
      expect(outbox.items).toHaveLength(1);
      expect(outbox.items[0]).toMatchObject({ subject, status: "scheduled" });
      const scheduledAt = new Date(outbox.items[0]?.scheduledAt ?? "");
      expect(localInputs(scheduledAt)).toEqual(later);
      expect(smtp?.messages).toHaveLength(0);
    });

    await step("open it, read it and edit its text before it goes", async () => {
      await item.getByRole("button", { name: "Read or edit" }).click();
      const dialog = page.getByRole("dialog", { name: "Message to Ada Lovelace" });
      await dialog.waitFor();
      expect(await dialog.getByLabel("Subject").inputValue()).toBe(subject);
      const body = dialog.getByRole("textbox", { name: "Message" });
      expect(await body.inputValue()).toContain("Dear Ada,");
      await body.fill(`${await body.inputValue()}\n\nP.S. A phone call suits me just as well.`);
      if (process.env.COFFEECHAT_SCREENSHOTS)
        await page.screenshot({ path: `${process.env.COFFEECHAT_SCREENSHOTS}/outbox-edit.png` });
      await dialog.getByRole("button", { name: "Save changes" }).click();
      await page.getByText("Saved: the new text is what goes out.").waitFor();
      await dialog.waitFor({ state: "hidden" });
      const saved = await api<{ items: { body: string; status: string }[] }>(
        "GET",
        "/messages?status=scheduled,sending,failed",
      );
      expect(saved.items[0]).toMatchObject({ status: "scheduled" });
      expect(saved.items[0]?.body).toContain("P.S. A phone call suits me just as well.");
    });

    await step("send it now, and it arrives once", async () => {
      await item.getByRole("button", { name: "Send now" }).click();
      const [mail] = (await smtp?.waitFor(1, 10_000)) ?? [];
      expect(mail?.envelope.to).toEqual(["ada@example.org"]);
      expect(mail?.subject).toBe(subject);
      expect(mail?.text).toContain("Dear Ada,");
      expect(mail?.text).toContain("how analysts use engines");
      expect(mail?.text).not.toContain("CV");
      expect(mail?.text).toContain("P.S. A phone call suits me just as well.");
      await page.getByText("Your outbox is empty").waitFor({ timeout: 15_000 });
      expect(smtp?.messages).toHaveLength(1);
    });

    await step("the conversation is asked, and its history shows the request sent", async () => {
      const saved = await api<{ stage: string }>("GET", `/conversations/${conversation.id}`);
      expect(saved.stage).toBe("asked");
      await page.goto(`${url}/conversations/${conversation.id}`);
      const history = page.getByRole("region", { name: "History" });
      await history.getByText("Request sent by e-mail").waitFor();
      await history.getByRole("button", { name: "They replied" }).waitFor();
      await history.getByRole("button", { name: "They declined" }).waitFor();
    });

    expect(pageErrors).toEqual([]);
  }, 120_000);
});
