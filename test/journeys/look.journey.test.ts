// Every page, in light and in dark, in real Chromium against the built server: axe-core finds no
// serious or critical accessibility problem (contrast, names, labels, links told apart not by colour
// alone), and with the system set to dark the app is drawn dark. Also the first run: the welcome
// screen asks for my name, which then signs my messages.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AxeViolation, describeViolations, seriousViolations } from "../support/axe.js";
import { launchChromium } from "../support/browser.js";
import { useJourney } from "../support/journey.js";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp.js";

type Scheme = "light" | "dark";

interface Seeded {
  graceId: string;
  katherineId: string;
  organizationId: string;
  goalId: string;
  scheduledId: string;
  heldId: string;
}

/** The pages, each with the address and what shows once it is loaded. */
function pages(seed: Seeded): { label: string; path: string; ready?: string }[] {
  return [
    { label: "Today", path: "/today" },
    { label: "Contacts", path: "/contacts" },
    { label: "A contact", path: `/contacts/${seed.graceId}`, ready: "Grace Hopper" },
    { label: "A referred contact", path: `/contacts/${seed.katherineId}`, ready: "Katherine Johnson" },
    { label: "New contact", path: "/contacts/new" },
    { label: "Edit a contact", path: `/contacts/${seed.graceId}/edit` },
    { label: "Organisations", path: "/organizations" },
    { label: "An organisation", path: `/organizations/${seed.organizationId}`, ready: "Navy Lab" },
    { label: "Goals", path: "/goals" },
    { label: "A goal", path: `/goals/${seed.goalId}`, ready: "Compilers research at a national lab" },
    { label: "Compare goals", path: `/goals/compare?ids=${seed.goalId}` },
    { label: "Pipeline", path: "/pipeline" },
    { label: "A conversation", path: `/conversations/${seed.scheduledId}` },
    { label: "A held conversation", path: `/conversations/${seed.heldId}` },
    { label: "Plan a conversation", path: `/conversations/new?contactId=${seed.graceId}` },
    { label: "Compose", path: `/compose?contactId=${seed.katherineId}` },
    { label: "Outbox", path: "/outbox" },
    { label: "Prep sheet", path: `/conversations/${seed.scheduledId}/prep` },
    { label: "Conversation mode", path: `/conversations/${seed.scheduledId}/live` },
    { label: "Wrap-up", path: `/conversations/${seed.heldId}/wrap-up` },
    { label: "Import & export", path: "/import" },
    { label: "Settings", path: "/settings" },
    { label: "Templates", path: "/templates" },
    { label: "Question bank", path: "/questions" },
    { label: "Who knows what", path: "/who-knows-what" },
    { label: "Not found", path: "/no-such-page" },
  ];
}

/** Waits for a page's heading and for its skeletons to go, so axe sees what the user reads. */
async function settle(page: Page, ready?: string): Promise<void> {
  const heading = page.getByRole("heading", { level: 1 }).first();
  await heading.waitFor();
  if (ready) await page.getByRole("heading", { level: 1, name: ready }).first().waitFor();
  await page.waitForLoadState("networkidle");
  await page
    .locator('[aria-busy="true"], .mantine-Skeleton-root')
    .first()
    .waitFor({ state: "detached", timeout: 5_000 })
    .catch(() => {});
  // Transitions (a toast, a collapse) end before axe reads colours.
  await page.waitForTimeout(250);
}

describe("journey: every page passes axe in light and dark, and the first run asks for my name", () => {
  let smtp: TestSmtpServer | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await browser?.close();
    await smtp?.close();
  });
  const journey = useJourney({
    serverEnv: () => ({ COFFEECHAT_SMTP_URL: smtp?.url, COFFEECHAT_MAIL_FROM: "ada@example.org" }),
  });

  let browser: Browser | undefined;
  const contexts: Partial<Record<Scheme, BrowserContext>> = {};
  const schemePage = async (scheme: Scheme): Promise<Page> => {
    browser ??= await launchChromium();
    contexts[scheme] ??= await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: scheme,
    });
    const context = contexts[scheme];
    context.setDefaultTimeout(10_000);
    return context.pages()[0] ?? (await context.newPage());
  };

  it("welcomes a new user in both schemes, and keeps the name they give", async () => {
    const { url, page, step, api } = journey;
    const found: string[] = [];

    await step("the welcome screen passes axe in light and dark", async () => {
      for (const scheme of ["light", "dark"] as const) {
        const schemed = await schemePage(scheme);
        await schemed.goto(`${url}/`);
        await schemed.getByRole("heading", { level: 1, name: /Learn from people/ }).waitFor();
        await settle(schemed);
        const violations = await seriousViolations(schemed);
        if (violations.length > 0) found.push(describeViolations(`Welcome (${scheme})`, violations));
      }
      expect(found, found.join("\n")).toEqual([]);
    });

    await step("the welcome screen asks my name and keeps it for signing messages", async () => {
      await page.goto(`${url}/`);
      const form = page.getByRole("form", { name: "Your name" });
      const name = form.getByRole("textbox", { name: "Your name" });
      await name.fill("Ada Lovelace");
      await form.getByRole("button", { name: "Save my name" }).click();
      await page
        .getByRole("status")
        .getByText("Thank you, Ada. Messages you write are signed Ada Lovelace.")
        .waitFor();
      const settings = await api<{ name: string }>("GET", "/settings");
      expect(settings.name).toBe("Ada Lovelace");
    });
  }, 120_000);

  it("shows every page with no serious or critical axe violation, in light and in dark", async () => {
    const { url, step, api } = journey;
    const seed = await seedPractice(api);
    const problems: string[] = [];
    const record = (label: string, violations: AxeViolation[]) => {
      if (violations.length > 0) problems.push(describeViolations(label, violations));
    };

    for (const scheme of ["light", "dark"] as const) {
      const page = await schemePage(scheme);

      await step(`the app follows the system's ${scheme} setting`, async () => {
        await page.goto(`${url}/today`);
        await settle(page);
        expect(await page.locator("html").getAttribute("data-mantine-color-scheme")).toBe(scheme);
        const background = await page.evaluate(() => {
          const main = document.getElementById("main");
          return main ? getComputedStyle(main).backgroundColor : "";
        });
        const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
        const light = (r + g + b) / 3 > 128;
        expect(light, `the page behind the cards is ${background}`).toBe(scheme === "light");
      });

      for (const target of pages(seed)) {
        const label = `${target.label} (${scheme})`;
        await step(`axe: ${label}`, async () => {
          await page.goto(`${url}${target.path}`);
          await settle(page, target.ready);
          record(label, await seriousViolations(page));
        });
      }

      await step(`axe: the search palette open (${scheme})`, async () => {
        await page.goto(`${url}/today`);
        await settle(page);
        await page.keyboard.press("Control+K");
        const palette = page.getByRole("dialog", { name: "Search and go" });
        await palette.waitFor();
        await palette.getByRole("combobox", { name: "Search everything" }).fill("Grace");
        await palette.getByRole("option").first().waitFor();
        await page.waitForTimeout(300);
        record(`Search palette (${scheme})`, await seriousViolations(page));
        await page.keyboard.press("Escape");
      });
    }

    expect(problems, problems.join("\n")).toEqual([]);
  }, 1_200_000);
});

/** A small practice with something on every page: people, an organisation, a goal, conversations, mail. */
async function seedPractice(
  api: <T>(method: string, route: string, body?: unknown) => Promise<T>,
): Promise<Seeded> {
  const hour = 3_600_000;
  const grace = await api<{ id: string; organizationId: string }>("POST", "/contacts", {
    firstName: "Grace",
    lastName: "Hopper",
    organization: "Navy Lab",
    title: "Rear admiral",
    emails: ["grace@example.org"],
    timeZone: "America/New_York",
    tags: ["compilers"],
    notes: "Met at the computing history meetup.",
  });
  const katherine = await api<{ id: string }>("POST", "/contacts", {
    firstName: "Katherine",
    lastName: "Johnson",
    organization: "NASA",
    emails: ["katherine@example.org"],
    introducedById: grace.id,
  });
  await api("POST", "/contacts", { firstName: "Alan", lastName: "Turing", organization: "Navy Lab" });
  const goal = await api<{ id: string }>("POST", "/goals", {
    title: "Compilers research at a national lab",
    kind: "company",
    description: "Is this path right for me?",
  });
  const scheduled = await api<{ id: string }>("POST", "/conversations", {
    contactId: grace.id,
    kind: "company",
    stage: "scheduled",
    scheduledAt: new Date(Date.now() + 26 * hour).toISOString(),
    durationMinutes: 30,
    format: "coffee",
    place: "Blue Bottle",
    goalIds: [goal.id],
  });
  const held = await api<{ id: string }>("POST", "/conversations", {
    contactId: katherine.id,
    kind: "industry",
    stage: "scheduled",
    scheduledAt: new Date(Date.now() - 3 * hour).toISOString(),
    durationMinutes: 30,
    format: "video",
    goalIds: [goal.id],
    notes: "Orbital mechanics by hand; ask about the move to computing.",
  });
  await api("POST", "/messages", {
    contactId: katherine.id,
    conversationId: held.id,
    subject: "A short call?",
    body: "Hi Katherine, Grace suggested I get in touch. Could you spare 20 minutes?",
    status: "sent",
    sentAt: new Date(Date.now() - 5 * 24 * hour).toISOString(),
  });
  const asking = await api<{ id: string }>("POST", "/conversations", {
    contactId: grace.id,
    stage: "to-ask",
  });
  await api("POST", "/messages", {
    contactId: grace.id,
    conversationId: asking.id,
    subject: "Compilers at the lab",
    body: "Hi Grace, I am exploring compilers research. Would you have 20 minutes?",
    send: "at",
    sendAt: new Date(Date.now() + 48 * hour).toISOString(),
  });
  return {
    graceId: grace.id,
    katherineId: katherine.id,
    organizationId: grace.organizationId,
    goalId: goal.id,
    scheduledId: scheduled.id,
    heldId: held.id,
  };
}
