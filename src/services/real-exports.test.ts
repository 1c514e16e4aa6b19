// Real exports in the shape their programs write them (fixtures of our own, invented people): each
// finding of issue 11 on a file, imported through the same door as the CLI and the API.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { emailKey, phoneKey } from "../core/import-merge.js";
import { createContact, listContacts } from "./contacts.service.js";
import { allContacts, exportFile, importFiles, type NamedFile } from "./files.service.js";

const fixture = (name: string): NamedFile => ({
  name: path.basename(name),
  content: readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)),
});

describe.each(dialects)("real exports [%s]", (dialect) => {
  let t: TestRuntime;
  beforeEach(async () => {
    t = await createTestRuntime(dialect);
  });
  afterEach(async () => {
    await t.close();
  });
  const importOf = async (format: Parameters<typeof importFiles>[1], files: NamedFile[], dryRun = false) =>
    (await importFiles(t.ctx, format, files, { dryRun })).people as NonNullable<
      Awaited<ReturnType<typeof importFiles>>["people"]
    >;

  it("imports the 1,460 named connections of 1,500 and lists the 40 LinkedIn hides, by line", async () => {
    const rows = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
    for (let i = 0; i < 1500; i++) {
      rows.push(
        i % 37 === 5 && rows.length < 1500
          ? ",,,,,,02 Jun 2022"
          : `Person${i},Family${i},https://www.linkedin.com/in/person-${i},,Org ${i % 9},Analyst,12 Mar 2024`,
      );
    }
    const hidden = rows.filter((row) => row.startsWith(",,")).length;
    const named = rows.length - 1 - hidden;
    const csv = `Notes:\r\n"Some e-mail addresses are missing."\r\n\r\n${rows.join("\r\n")}\r\n`;
    const preview = await importOf("linkedin", [{ name: "Connections.csv", content: csv }], true);
    const skipped = preview.items.filter((i) => i.action === "skipped");
    expect(skipped).toHaveLength(hidden);
    expect(skipped[0]).toMatchObject({
      line: 10,
      reason: 'LinkedIn hides this connection (only "02 Jun 2022" is in the row)',
    });
    const applied = await importOf("linkedin", [{ name: "Connections.csv", content: csv }]);
    expect(applied.counts).toMatchObject({ new: named, skipped: hidden });
    expect((await listContacts(t.ctx, { limit: 1 })).total).toBe(named);
    expect(hidden).toBeGreaterThanOrEqual(40);
  });

  it("imports a 2018 export (dates with times, the old Messages.csv) with whole message texts", async () => {
    const people = await importOf("linkedin", [
      fixture("linkedin/2018/Connections.csv"),
      fixture("linkedin/2018/Messages.csv"),
    ]);
    expect(people.counts.new).toBe(2);
    expect(people.interactions).toEqual({ added: 2, alreadyThere: 0, unmatched: 0 });
    const marta = (await listContacts(t.ctx, { q: "kowalczyk" })).items[0];
    expect(marta).toMatchObject({
      sourceDetail: "Connected on 2018-01-08",
      lastTouchAt: "2018-10-16T21:01:00.000Z",
    });
  });

  it("imports the LinkedIn archive as downloaded (ZIP), with Contacts.csv and its placeholders named", async () => {
    const zip = zipSync({
      "Basic_LinkedInDataExport_03-14-2025/Connections.csv": readFileSync(
        new URL("../../test/fixtures/linkedin/Connections-hidden.csv", import.meta.url),
      ),
      "Basic_LinkedInDataExport_03-14-2025/Contacts.csv": readFileSync(
        new URL("../../test/fixtures/linkedin/Contacts.csv", import.meta.url),
      ),
      "Basic_LinkedInDataExport_03-14-2025/Profile.csv": Buffer.from("First Name\r\nHana\r\n"),
    });
    const people = await importOf("linkedin", [
      { name: "Basic_LinkedInDataExport.zip", content: Buffer.from(zip) },
    ]);
    expect(people.items.filter((i) => i.action === "skipped").map((i) => `${i.file} ${i.line}`)).toEqual([
      "Connections.csv 6",
      "Connections.csv 8",
      "Contacts.csv 3",
    ]);
    expect(people.dropped).toContain(
      'Contacts.csv line 3: the e-mail "null" (a placeholder, not an address)',
    );
    const ingrid = (await listContacts(t.ctx, { q: "ingrid" })).items;
    expect(ingrid.flatMap((c) => c.emails).sort()).toEqual([
      "ingrid.solberg@fabrikam.example",
      "ingrid@example.no",
    ]);
    expect(ingrid.flatMap((c) => c.phones)).toEqual(["+47 912 34 567"]);
  });

  it("reads Google contacts with only notes, an address or a label: skipped by line, never the whole file", async () => {
    const people = await importOf("google", [fixture("google/contacts-notes-only.csv")]);
    expect(people.counts).toMatchObject({ new: 1, skipped: 3 });
    expect(people.items.find((i) => i.line === 3)?.reason).toMatch(
      /no name, organisation, e-mail or phone; it holds only notes/,
    );
    expect(people.items.find((i) => i.line === 4)?.reason).toMatch(/the place "Lisboa, Portugal"/);
  });

  for (const format of ["outlook", "google"] as const) {
    it(`keeps every e-mail, company and job title of an Outlook CSV in Windows-1252 (as ${format})`, async () => {
      const people = await importOf(format, [fixture("outlook/contacts-windows-1252.csv")]);
      expect(people.counts.new).toBe(3);
      const all = await allContacts(t.ctx);
      const renee = all.find((c) => c.lastName === "Lefèvre");
      expect(renee).toMatchObject({
        firstName: "Dr. Renée",
        organization: "Société Exemple",
        title: "Chef de projet",
        location: "Lyon",
        emails: ["renee.lefevre@societe.example", "renee@home.example"],
        phones: ["+33 4 72 00 00 01", "+33 6 12 34 56 78"],
        tags: ["Business", "Chemistry"],
      });
      expect(renee?.notes).toContain("Met at the “Chimie” fair – ask about € budgets.");
      expect(all.find((c) => c.lastName === "Åkesson Jr.")).toMatchObject({
        organization: "Nordic Labs AB",
        title: "Lab manager",
        emails: ["bjorn.akesson@nordiclabs.example", "bjorn@private.example"],
      });
      expect(people.dropped.some((d) => /line 3: an Exchange directory entry/.test(d))).toBe(true);
      expect(all.find((c) => c.firstName === "Contoso Reception")?.phones).toEqual(["+1 425 555 0100"]);
    });
  }

  it("unites a phone's duplicate cards, keeps nameless ones apart, and names the placeholders", async () => {
    const file = fixture("vcard/phone-duplicates-2.1.vcf");
    const people = await importOf("vcard", [file]);
    expect(people.items.map((i) => i.action)).toEqual([
      "new",
      "merged",
      "new",
      "new",
      "duplicate",
      "new",
      "skipped",
    ]);
    const all = await allContacts(t.ctx);
    const chidi = all.filter((c) => c.lastName === "Okafor");
    expect(chidi).toHaveLength(2);
    expect(chidi.find((c) => c.organization === null)).toMatchObject({
      emails: ["chidi@example.ng", "c.okafor@lagoslabs.example"],
      phones: ["+234 803 555 0101", "+234 1 555 0199"],
    });
    expect(chidi.find((c) => c.organization === "Boston Biotech")?.phones).toEqual(["+1 617 555 0142"]);
    expect(all.map((c) => c.fullName)).toEqual(
      expect.arrayContaining(["+44 7700 900123", "someone@example.org"]),
    );
    const ana = all.find((c) => c.lastName === "Mendes");
    expect(ana?.emails).toEqual([]);
    expect(ana?.phones).toEqual(["+351 21 555 0100", "+351 91 555 0123"]);
    expect(ana?.notes).toBe("Conheci na conferência de química, quer falar sobre pós-doc");
    expect(people.dropped).toEqual(
      expect.arrayContaining([
        'line 33: the e-mail "null" (a placeholder, not an address)',
        'line 33: the phone "null" (a placeholder, not a number)',
      ]),
    );
    const again = await importOf("vcard", [file]);
    expect(again.counts).toMatchObject({ new: 0, update: 0, duplicate: 0 });
  });

  it("keeps CJK names as written, every name part, ROLE, BDAY, URL, CATEGORIES and unescaped notes", async () => {
    await importOf("vcard", [fixture("vcard/names-cjk-parts-3.0.vcf")]);
    expect((await listContacts(t.ctx, { q: "王小明" })).items[0]).toMatchObject({
      fullName: "王小明",
      title: "博士后",
      organization: "北京大学",
    });
    expect((await listContacts(t.ctx, { q: "김민준" })).items).toHaveLength(1);
    const ada = (await listContacts(t.ctx, { q: "lovelace" })).items[0];
    expect(ada).toMatchObject({
      fullName: "Dr. Ada Augusta Lovelace PhD",
      title: "Analyst, Advisor",
      tags: ["math", "poetry"],
    });
    expect(ada?.notes).toBe(
      'She said "call me any time"; really.\n\nBirthday: 1815-12-10\n\nWeb: https://ada.example.org',
    );
  });

  it("gives back every contact field from its own vCard export, in an empty folder, and re-import changes nothing", async () => {
    const introducer = await createContact(t.ctx, {
      firstName: "Grace",
      lastName: "Hopper",
      emails: ["grace@example.org"],
    });
    await createContact(t.ctx, {
      firstName: "Zoë",
      lastName: "Ñúñez",
      emails: ["zoe@acme.example", "zoe@home.example"],
      phones: ["+49 30 1234567"],
      linkedinUrl: "https://www.linkedin.com/in/zoe-nunez",
      organization: "Acme, Inc.",
      title: "Data scientist; lead",
      location: "Berlin",
      timeZone: "Europe/Berlin",
      source: "referral",
      sourceDetail: "Grace's talk",
      introducedById: introducer.id,
      mayMentionIntroducer: true,
      relationshipStrength: "warm",
      stayInTouchDays: 45,
      tags: ["data", "berlin"],
      needs: "A co-author\nfor the survey",
      notes: 'Met at PyData.\nLikes "causal ML", chess; tea.',
    });
    await createContact(t.ctx, { firstName: "王小明" });
    const before = await allContacts(t.ctx);
    for (const version of ["4.0", "3.0"] as const) {
      const vcf = (await exportFile(t.ctx, "vcard", { vcardVersion: version })).content;
      const empty = await createTestRuntime(dialect);
      try {
        await importFiles(empty.ctx, "vcard", [{ name: "contacts.vcf", content: vcf }], { dryRun: false });
        const after = await allContacts(empty.ctx);
        const byName = new Map(after.map((c) => [c.fullName, c]));
        for (const contact of before) {
          const back = byName.get(contact.fullName);
          const { id, organizationId, introducedById, createdAt, updatedAt, ...fields } = contact;
          expect(back, contact.fullName).toMatchObject(fields);
          if (introducedById) expect(back?.introducedById).toBe(byName.get("Grace Hopper")?.id);
        }
      } finally {
        await empty.close();
      }
      const again = (
        await importFiles(t.ctx, "vcard", [{ name: "contacts.vcf", content: vcf }], { dryRun: false })
      ).people;
      expect(again?.counts).toMatchObject({ new: 0, update: 0, duplicate: 0, merged: 0, unchanged: 3 });
      expect(await allContacts(t.ctx)).toEqual(before);
    }
  });

  it("exports CSV that Python's csv module reads back row for row, formulas neutralised", async () => {
    await createContact(t.ctx, {
      firstName: '=HYPERLINK("http://x.example")',
      lastName: "Evil",
      notes: "line one\nline two",
    });
    await createContact(t.ctx, {
      firstName: "Ada",
      lastName: "+1-Lovelace",
      organization: "@Acme, Inc.",
      notes: '-5 "quoted"\r\nnext',
    });
    const csv = (await exportFile(t.ctx, "csv")).content;
    const dir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-csv-"));
    try {
      writeFileSync(path.join(dir, "contacts.csv"), csv, "utf8");
      const script =
        "import csv, json, sys\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n    print(json.dumps(list(csv.reader(f))))";
      const rows = JSON.parse(
        execFileSync("/usr/bin/python3", ["-c", script, path.join(dir, "contacts.csv")], {
          encoding: "utf8",
        }),
      ) as string[][];
      expect(rows).toHaveLength(3);
      const header = rows[0] as string[];
      const col = (row: string[], name: string) => row[header.indexOf(name)];
      const [ada, evil] = [rows[1] as string[], rows[2] as string[]];
      expect(col(evil, "First Name")).toBe('\'=HYPERLINK("http://x.example")');
      expect(col(evil, "Notes")).toBe("line one\nline two");
      expect(col(ada, "Last Name")).toBe("'+1-Lovelace");
      expect(col(ada, "Organisation")).toBe("'@Acme, Inc.");
      expect(col(ada, "Notes")).toBe('\'-5 "quoted"\r\nnext');
      for (const row of rows) expect(row).toHaveLength(header.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("puts every e-mail and phone of any file on some contact, or names it as not kept", async () => {
    const word = fc.constantFrom("ada", "sam", "li", "noor", "", "null");
    const email = fc.oneof(
      word.map((w) => `${w}@x.example`),
      fc.constant("n/a"),
    );
    const phone = fc.oneof(
      fc.integer({ min: 5550100, max: 5550106 }).map((n) => `+1 617 ${n}`),
      fc.constant("0"),
    );
    const card = fc.record({
      name: word,
      emails: fc.array(email, { maxLength: 3 }),
      phones: fc.array(phone, { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(card, { minLength: 1, maxLength: 12 }), async (cards) => {
        const fresh = await createTestRuntime(dialect);
        try {
          const vcf = cards
            .map((c) =>
              [
                "BEGIN:VCARD",
                "VERSION:3.0",
                `N:;${c.name};;;`,
                ...c.emails.map((e) => `EMAIL:${e}`),
                ...c.phones.map((p) => `TEL:${p}`),
                "END:VCARD",
              ].join("\r\n"),
            )
            .join("\r\n");
          const result = await importFiles(fresh.ctx, "vcard", [{ name: "c.vcf", content: vcf }], {
            dryRun: false,
          });
          const all = await allContacts(fresh.ctx);
          const emails = new Set(all.flatMap((c) => c.emails.map(emailKey)));
          const phones = new Set(all.flatMap((c) => c.phones.map(phoneKey)));
          const named = (result.people?.dropped ?? []).join("\n");
          for (const c of cards) {
            for (const e of c.emails) expect(emails.has(emailKey(e)) || named.includes(`"${e}"`)).toBe(true);
            for (const p of c.phones) expect(phones.has(phoneKey(p)) || named.includes(`"${p}"`)).toBe(true);
          }
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: dialect === "sqlite" ? 25 : 8 },
    );
  });
});
