// A LinkedIn export comes in through the browser against the real, built server: previewed, imported,
// imported again as nothing new, and a broken file refused with its line while nothing changes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureLineOfRow, makeLinkedInConnectionsCsv } from "../../src/integrations/linkedin-fixture.js";
import { useJourney } from "../support/journey.js";

describe("journey: import a LinkedIn export in Chromium", () => {
  const journey = useJourney();
  const files = mkdtempSync(path.join(os.tmpdir(), "coffeechat-import-journey-"));

  afterAll(() => {
    rmSync(files, { recursive: true, force: true });
  });

  /** A Connections.csv as LinkedIn names it, in a folder of its own. */
  function connectionsFile(folder: string, content: string): string {
    mkdirSync(path.join(files, folder));
    const file = path.join(files, folder, "Connections.csv");
    writeFileSync(file, content);
    return file;
  }

  it("previews 50 new people, imports them, finds nothing new the second time, refuses a broken file by line, and lets the user unite a possible duplicate", async () => {
    const { url, page, pageErrors, step, api } = journey;
    const good = connectionsFile("good", makeLinkedInConnectionsCsv(50, { language: "de" }));
    const broken = connectionsFile(
      "broken",
      makeLinkedInConnectionsCsv(50, { language: "de", brokenAtRow: 20 }),
    );
    const chooseFiles = () => page.getByLabel("Choose the files to import");
    const count = (name: string) => page.getByRole("group", { name, exact: true });
    const nav = page.getByRole("navigation", { name: "Main navigation" });

    await step("open the import page from the welcome screen", async () => {
      await page.goto(`${url}/`);
      await page.getByRole("link", { name: "Import from LinkedIn, Google or your phone" }).click();
      await page.waitForURL(`${url}/import`);
      await page.getByRole("heading", { level: 1, name: "Import & export" }).waitFor();
      expect(await page.title()).toBe("Import & export · coffeechat");
      expect(await page.getByRole("radio", { name: /LinkedIn/ }).getAttribute("aria-checked")).toBe("true");
      await page.getByRole("heading", { name: "Get your LinkedIn export" }).waitFor();
    });

    await step("choose Connections.csv and see the preview", async () => {
      await chooseFiles().setInputFiles(good);
      await page.getByRole("heading", { name: "50 people to add" }).waitFor();
      await count("New: 50").waitFor();
      await count("Updated: 0").waitFor();
      await count("Unchanged: 0").waitFor();
      await count("Possible duplicates: 0").waitFor();
      const table = page.getByRole("table", { name: "What happens to each line" });
      expect(await table.getByRole("row").count()).toBe(26); // the header and a page of 25
      await page.getByText("1–25 of 50 lines").waitFor();
    });

    await step("import and land on the result", async () => {
      await page.getByRole("button", { name: "Import 50 people" }).click();
      await page.getByRole("heading", { name: "50 people added" }).waitFor();
      await count("New: 50").waitFor();
      await page.getByRole("link", { name: "Open your contacts" }).click();
      await page.waitForURL(`${url}/contacts`);
      await page.getByText("50 contacts", { exact: true }).waitFor();
    });

    await step("the same file again brings nothing new", async () => {
      await nav.getByRole("link", { name: "Import & export" }).click();
      await page.waitForURL(`${url}/import`);
      await chooseFiles().setInputFiles(good);
      await page.getByRole("heading", { name: "Nothing new in this file" }).waitFor();
      await count("New: 0").waitFor();
      await count("Unchanged: 50").waitFor();
      await page.getByText("All 50 people in it are already in your contacts").waitFor();
      expect(await page.getByRole("button", { name: /^Import \d/ }).count()).toBe(0);
    });

    await step("a broken file is refused, naming its line", async () => {
      await page.getByRole("button", { name: "Choose another file" }).click();
      await chooseFiles().setInputFiles(broken);
      const alert = page.getByRole("alert").filter({ hasText: "This file could not be read" });
      await alert.waitFor();
      const line = fixtureLineOfRow(20);
      expect(await alert.getByTestId("import-error").textContent()).toContain(
        `Connections.csv: line ${line}`,
      );
      await alert.getByText(`Line ${line}`, { exact: true }).waitFor();
      await alert.getByText("Nothing was imported").waitFor();
      expect(await count("New: 0").count()).toBe(0);
    });

    await step("nothing changed: still 50 contacts", async () => {
      await nav.getByRole("link", { name: "Contacts" }).click();
      await page.waitForURL(`${url}/contacts`);
      await page.getByText("50 contacts", { exact: true }).waitFor();
    });

    const card = (fn: string, n: string, ...lines: string[]) =>
      ["BEGIN:VCARD", "VERSION:3.0", `FN:${fn}`, `N:${n}`, ...lines, "END:VCARD", ""].join("\r\n");
    mkdirSync(path.join(files, "phone"));
    const phone = path.join(files, "phone", "contacts.vcf");
    writeFileSync(
      phone,
      card("Ada Byron", "Byron;Ada;;;", "EMAIL:ada@example.org") +
        card("Sam Lee", "Lee;Sam;;;", "EMAIL:sam@home.example", "ORG:Acme") +
        card("Sam Lee", "Lee;Sam;;;", "EMAIL:sam@work.example", "TEL:+1 555 010 0009"),
    );
    const sameAs = () =>
      page.getByRole("checkbox", { name: "Line 14, Sam Lee: Same person as Sam Lee on line 7" });

    await step("a phone export with the same name twice shows a possible duplicate to decide", async () => {
      await nav.getByRole("link", { name: "Import & export" }).click();
      await page.waitForURL(`${url}/import`);
      await page.getByRole("radio", { name: /Phone or address book/ }).click();
      await page.getByLabel("Choose the file to import").setInputFiles(phone);
      await page
        .getByRole("heading", { name: "2 people to add and 1 possible duplicate to check" })
        .waitFor();
      await count("Possible duplicates: 1").waitFor();
      expect(await sameAs().isChecked()).toBe(false);
      expect(await page.getByRole("checkbox").count()).toBe(1);
    });

    await step("saying it is the same person (from the keyboard) refreshes the preview", async () => {
      await sameAs().focus();
      await page.keyboard.press("Space");
      await count("Possible duplicates: 0").waitFor();
      await page
        .getByText("You said it is the same person: adds e-mail sam@work.example, phone +1 555 010 0009")
        .waitFor();
      await page.getByRole("heading", { name: "2 people to add" }).waitFor();
      expect(await sameAs().isChecked()).toBe(true);
      expect(await sameAs().evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Space");
      await count("Possible duplicates: 1").waitFor();
      await page.keyboard.press("Space");
      await count("Possible duplicates: 0").waitFor();
    });

    await step("import: one Sam Lee, with both e-mails", async () => {
      await page.getByRole("button", { name: "Import 2 people" }).click();
      await page.getByRole("heading", { name: "2 people added" }).waitFor();
      const found = await api<{ total: number; items: Array<{ emails: string[]; phones: string[] }> }>(
        "GET",
        "/contacts?q=Sam%20Lee",
      );
      expect(found.total).toBe(1);
      expect(found.items[0]).toMatchObject({
        emails: ["sam@home.example", "sam@work.example"],
        phones: ["+1 555 010 0009"],
      });
      await nav.getByRole("link", { name: "Contacts" }).click();
      await page.getByText("52 contacts", { exact: true }).waitFor();
    });

    expect(pageErrors).toEqual([]);
  }, 120_000);
});
