// The README's screenshots, taken from the real app so they stay true: starts the built server on a
// temporary data folder, gives it a small, realistic practice through the API, and photographs Today,
// a contact, a prep sheet and the pipeline in headless Chromium into docs/screenshots/.
// Usage: npm run build && npm run screenshots
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { launchChromium } from "../test/support/browser.js";
import { startServer } from "../test/support/spawn-server.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = path.join(root, "docs/screenshots");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Api = <T>(method: string, route: string, body?: unknown) => Promise<T>;

function apiAt(url: string): Api {
  return async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}/api${route}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** A practice a few weeks in: people met and to meet, a goal, conversations at every stage. */
async function seed(api: Api): Promise<{ contactId: string; conversationId: string }> {
  const at = (offset: number) => new Date(Date.now() + offset).toISOString();
  /** A round time of day, some days from today, in London. */
  const onDay = (days: number, hour: number, minute = 0) =>
    DateTime.now()
      .setZone("Europe/London")
      .plus({ days })
      .set({ hour, minute, second: 0, millisecond: 0 })
      .toISO() ?? "";
  await api("PATCH", "/settings", { name: "Sam Rivera", timeZone: "Europe/London" });
  const priya = await api<{ id: string }>("POST", "/contacts", {
    firstName: "Priya",
    lastName: "Natarajan",
    organization: "Northwind Health",
    title: "Data science lead",
    emails: ["priya@northwind.example"],
    location: "Manchester",
    timeZone: "Europe/London",
    tags: ["data science", "health"],
    notes: "Moved from academic epidemiology into industry four years ago. Mentors new analysts.",
  });
  const tom = await api<{ id: string }>("POST", "/contacts", {
    firstName: "Tom",
    lastName: "Okafor",
    organization: "Northwind Health",
    title: "Analytics engineer",
    emails: ["tom@northwind.example"],
    introducedById: priya.id,
    tags: ["data engineering"],
  });
  const lena = await api<{ id: string }>("POST", "/contacts", {
    firstName: "Lena",
    lastName: "Fischer",
    organization: "Civic Data Lab",
    title: "Research director",
    emails: ["lena@civicdata.example"],
    timeZone: "Europe/Berlin",
    tags: ["policy"],
  });
  const jo = await api<{ id: string }>("POST", "/contacts", {
    firstName: "Jo",
    lastName: "Marsh",
    organization: "Brightline Consulting",
    title: "Senior consultant",
    emails: ["jo@brightline.example"],
  });
  const ben = await api<{ id: string }>("POST", "/contacts", {
    firstName: "Ben",
    lastName: "Adeyemi",
    organization: "City Council",
    title: "Head of digital",
  });
  const goal = await api<{ id: string }>("POST", "/goals", {
    title: "Data science in healthcare",
    kind: "industry",
    description: "how analysts work with clinicians day to day",
  });
  await api("POST", "/goals", {
    title: "Research roles in public policy",
    kind: "industry",
    description: "whether my PhD methods transfer",
  });
  const scheduled = await api<{ id: string }>("POST", "/conversations", {
    contactId: priya.id,
    kind: "industry",
    stage: "scheduled",
    scheduledAt: onDay(1, 10, 30),
    durationMinutes: 30,
    format: "coffee",
    place: "Federal Café, Manchester",
    goalIds: [goal.id],
  });
  const held = await api<{ id: string }>("POST", "/conversations", {
    contactId: lena.id,
    kind: "industry",
    stage: "scheduled",
    scheduledAt: onDay(-1, 14),
    durationMinutes: 20,
    format: "video",
    notes: "Policy teams hire for writing as much as for methods. Suggested I talk to Ben.",
  });
  await api("POST", `/conversations/${held.id}/stage`, { stage: "done" });
  const asked = await api<{ id: string }>("POST", "/conversations", {
    contactId: jo.id,
    kind: "person",
    stage: "to-ask",
  });
  await api("POST", "/messages", {
    contactId: jo.id,
    conversationId: asked.id,
    subject: "A short call about consulting?",
    body: "Hi Jo, I am a PhD researcher exploring consulting. Could you spare 20 minutes for a call?",
    status: "sent",
    sentAt: at(-9 * DAY),
  });
  await api("POST", "/conversations", { contactId: tom.id, kind: "person", stage: "to-ask" });
  await api("POST", "/conversations", { contactId: ben.id, kind: "industry", stage: "idea" });
  return { contactId: priya.id, conversationId: scheduled.id };
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const ids = await seed(apiAt(server.url));
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      colorScheme: "light",
      locale: "en-GB",
      timezoneId: "Europe/London",
    });
    const page = await context.newPage();
    const shots: { file: string; path: string; heading: string | RegExp; fullPage?: boolean }[] = [
      { file: "today.png", path: "/today", heading: "Today" },
      { file: "contact.png", path: `/contacts/${ids.contactId}`, heading: "Priya Natarajan" },
      { file: "prep-sheet.png", path: `/conversations/${ids.conversationId}/prep`, heading: /^Prep:/ },
      { file: "pipeline.png", path: "/pipeline", heading: "Pipeline" },
    ];
    for (const shot of shots) {
      await page.goto(`${server.url}${shot.path}`);
      await page.getByRole("heading", { level: 1, name: shot.heading }).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      const file = path.join(outDir, shot.file);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(root, file)}`);
    }
    const dark = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: "dark",
      locale: "en-GB",
      timezoneId: "Europe/London",
    });
    const darkPage = await dark.newPage();
    await darkPage.goto(`${server.url}/today`);
    await darkPage.getByRole("heading", { level: 1, name: "Today" }).first().waitFor({ timeout: 15_000 });
    await darkPage.waitForLoadState("networkidle");
    await darkPage.waitForTimeout(500);
    await darkPage.screenshot({ path: path.join(outDir, "today-dark.png") });
    console.log("wrote docs/screenshots/today-dark.png");
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
