// Hosted mode in Chromium against a real hosted server on PostgreSQL: a newcomer is sent to sign in
// and comes back where they were after making an account; signs out and in again; makes a personal
// API token in Settings, which then reads their contacts. Every page passes axe.
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousViolations } from "../support/axe.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { useJourney } from "../support/journey.js";

const postgres = process.env.COFFEECHAT_TEST_DATABASE_URL;
const EMAIL = "noor.haddad@example.edu";
const PASSWORD = "a long enough passphrase";

describe.skipIf(!postgres)("journey: sign up, out and in on a hosted server", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    return () => database.drop();
  });
  const journey = useJourney({
    bypassCsp: true,
    serverEnv: (url) => ({
      COFFEECHAT_MODE: "hosted",
      DATABASE_URL: database.databaseUrl,
      COFFEECHAT_PUBLIC_URL: url,
      COFFEECHAT_SECRET: "a-test-secret-that-is-long-enough-0123456789",
    }),
  });
  const shot = (name: string) => path.join(os.tmpdir(), `coffeechat-hosted-${name}.png`);

  it("signs up, signs out, signs in again, makes a token and sees their contacts", async () => {
    const { url, page, pageErrors, step } = journey;

    await step("a newcomer is asked to sign in", async () => {
      await page.goto(`${url}/contacts`);
      await page.waitForURL(`${url}/sign-in?next=%2Fcontacts`);
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
      expect(await page.title()).toBe("Sign in · coffeechat");
      await page.screenshot({ path: shot("sign-in"), fullPage: true });
      await expectNoSeriousViolations(page, "sign-in page");
    });

    await step("makes an account and lands where they were going", async () => {
      await page.getByRole("link", { name: "Make an account" }).click();
      await page.waitForURL(`${url}/sign-up?next=%2Fcontacts`);
      await page.getByRole("textbox", { name: "Your name" }).fill("Noor Haddad");
      await page.getByRole("textbox", { name: "E-mail" }).fill(EMAIL);
      const password = page.locator("input[type=password][autocomplete=new-password]");
      await password.fill("short");
      await page.getByRole("button", { name: "Make my account" }).click();
      await page.getByText("Use at least 10 characters.").waitFor();
      await page.screenshot({ path: shot("sign-up"), fullPage: true });
      await expectNoSeriousViolations(page, "sign-up page");
      await password.fill(PASSWORD);
      await page.getByRole("button", { name: "Make my account" }).click();
      await page.waitForURL(`${url}/contacts`);
      await page.getByRole("heading", { level: 1, name: "Contacts" }).waitFor();
    });

    await step("adds a contact (through the API, with the browser's session)", async () => {
      const made = await page.request.post(`${url}/api/contacts`, {
        data: { firstName: "Grace", lastName: "Hopper" },
        headers: { origin: url },
      });
      expect(made.status()).toBe(201);
    });

    await step("signs out from the account menu", async () => {
      await page.getByRole("button", { name: "Your account: Noor Haddad" }).click();
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await page.waitForURL(`${url}/sign-in`);
      await page.goto(`${url}/settings`);
      await page.waitForURL(`${url}/sign-in?next=%2Fsettings`);
    });

    await step("a wrong password is refused in plain words", async () => {
      await page.getByRole("textbox", { name: "E-mail" }).fill(EMAIL);
      await page.locator("input[type=password][autocomplete=current-password]").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("alert").getByText("That e-mail and password do not match an account.").waitFor();
    });

    await step("signs in and comes back to Settings", async () => {
      await page.locator("input[type=password][autocomplete=current-password]").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${url}/settings`);
      const card = page.getByRole("region", { name: "Account" });
      await card.getByText("Signed in as").waitFor();
      await card.getByText(EMAIL, { exact: false }).waitFor();
    });

    let token = "";
    await step("makes a personal API token, shown once", async () => {
      const card = page.getByRole("region", { name: "Account" });
      await card.getByText("No token is in use.").waitFor();
      await card.getByRole("button", { name: "Make a token" }).click();
      await card.getByText("Copy it now: it is shown only this once.", { exact: false }).waitFor();
      token = (await card.getByTestId("new-token").textContent())?.trim() ?? "";
      expect(token.length).toBeGreaterThan(20);
      await card.getByRole("button", { name: "Copy" }).waitFor();
      await card.getByRole("button", { name: "Revoke the token" }).waitFor();
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot("account"), fullPage: true });
      await expectNoSeriousViolations(page, "settings with the account card");
    });

    await step("the token reads their contacts", async () => {
      const answer = await fetch(`${url}/api/contacts`, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(200);
      const { items } = (await answer.json()) as { items: { firstName: string }[] };
      expect(items.map((c) => c.firstName)).toEqual(["Grace"]);
    });

    await step("sees their contacts in the app", async () => {
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Contacts" })
        .click();
      await page.waitForURL(`${url}/contacts`);
      await page
        .getByRole("list", { name: "Contacts" })
        .getByRole("link", { name: /Grace Hopper/ })
        .waitFor();
      await expectNoSeriousViolations(page, "contacts page");
    });

    expect(pageErrors).toEqual([]);
  }, 120_000);
});
