import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeLinkedInConnectionsCsv } from "../../src/integrations/linkedin-fixture.js";
import { runCli } from "../support/cli.js";
import { assertPythonReaders, readVCardsWithVobject } from "../support/python-readers.js";

describe("coffeechat import and export [sqlite]", () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  const cli = (...args: string[]) => runCli(args, env);
  const json = (...args: string[]) => {
    const result = cli(...args, "--json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };
  const total = () => json("contacts", "list", "--all", "--limit", "1").total as number;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-files-"));
    env = { COFFEECHAT_DATA_DIR: path.join(dir, "data") };
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports English and German LinkedIn exports once, and refuses a broken one whole", () => {
    const english = path.join(dir, "Connections.csv");
    writeFileSync(english, makeLinkedInConnectionsCsv(2000, { language: "en" }));
    const german = path.join(dir, "Verbindungen.csv");
    writeFileSync(german, makeLinkedInConnectionsCsv(50, { language: "de", seed: 7 }));
    const broken = path.join(dir, "Broken.csv");
    writeFileSync(broken, makeLinkedInConnectionsCsv(300, { language: "en", seed: 9, brokenAtRow: 200 }));

    expect(json("import", "linkedin", english, "--dry-run").people.counts).toMatchObject({ new: 2000 });
    expect(total()).toBe(0);
    expect(json("import", "linkedin", english).people.counts).toMatchObject({ new: 2000 });
    expect(json("import", "linkedin", german).people.counts).toMatchObject({ new: 50 });
    expect(total()).toBe(2050);
    expect(json("import", "linkedin", english).people.counts).toMatchObject({
      new: 0,
      update: 0,
      unchanged: 2000,
    });
    expect(total()).toBe(2050);

    const failed = cli("import", "linkedin", broken);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      /Broken\.csv: line 204 \(row 200 after the header\): A quoted value starts on this line/,
    );
    expect(total()).toBe(2050);
    expect(cli("import", "linkedin", english).stdout).toMatch(/0 new, 0 updated, 2000 unchanged/);
  });

  it("imports an Outlook CSV and the LinkedIn ZIP as downloaded, listing skipped lines", () => {
    const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "fixtures");
    const outlook = json("import", "outlook", path.join(fixtures, "outlook", "contacts-windows-1252.csv"));
    expect(outlook.people.counts).toMatchObject({ new: 3 });
    const zip = path.join(dir, "Basic_LinkedInDataExport.zip");
    writeFileSync(
      zip,
      zipSync({
        "Basic_LinkedInDataExport/Connections.csv": readFileSync(
          path.join(fixtures, "linkedin", "Connections-hidden.csv"),
        ),
      }),
    );
    const text = cli("import", "linkedin", zip, "--dry-run");
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2 new, .* 2 skipped\./);
    expect(text.stdout).toContain(
      'line 6: skipped: LinkedIn hides this connection (only "02 Jun 2022" is in the row)',
    );
  });

  it("lists possible duplicates by line and unites the one the user names with --same-as", () => {
    json("contacts", "add", "Sam", "Lee", "--email", "sam@acme.example", "--org", "Acme");
    const vcf = path.join(dir, "people.vcf");
    const card = (fn: string, n: string, ...lines: string[]) =>
      ["BEGIN:VCARD", "VERSION:3.0", `FN:${fn}`, `N:${n}`, ...lines, "END:VCARD"].join("\r\n");
    writeFileSync(
      vcf,
      `${card("Ada Byron", "Byron;Ada;;;", "EMAIL:ada@example.org")}\r\n${card("Sam Lee", "Lee;Sam;;;", "EMAIL:sam@beta.example", "ORG:Beta")}\r\n`,
    );

    const preview = cli("import", "vcard", vcf, "--dry-run");
    expect(preview.stdout).toContain("1 new, 0 updated, 0 unchanged, 1 possible duplicates");
    expect(preview.stdout).toContain(
      "line 7: Sam Lee: possible duplicate of Sam Lee, already in coffeechat (would be added as a new contact; --same-as 7 unites them).",
    );
    expect(cli("import", "vcard", "--help").stdout).toMatch(/--same-as <lines>/);

    const refused = cli("import", "vcard", vcf, "--same-as", "1");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--same-as: 1 \(Ada Byron\) is not a possible duplicate/);
    expect(total()).toBe(1);

    const united = cli("import", "vcard", vcf, "--same-as", "7");
    expect(united.code).toBe(0);
    expect(united.stdout).toContain("1 new, 1 updated, 0 unchanged, 0 possible duplicates");
    expect(united.stdout).toContain(
      "line 7: Sam Lee: you said this is the same person as Sam Lee, already here",
    );
    const people = json("contacts", "list", "--all").items as Array<{ firstName: string; emails: string[] }>;
    expect(people).toHaveLength(2);
    expect(people.find((p) => p.firstName === "Sam")?.emails).toEqual([
      "sam@acme.example",
      "sam@beta.example",
    ]);
  });

  it("exports vCards python3-vobject reads whole and a backup that restores every contact elsewhere", () => {
    assertPythonReaders();
    const people = [
      ["Zoë", "Ångström"],
      ["Jürgen", "Müller"],
      ["李", "王"],
      ["José", "Ñúñez"],
    ];
    for (const [first, last] of people)
      json("contacts", "add", first ?? "", last ?? "", "--org", "Société Générale", "--tag", "café");
    const vcf = path.join(dir, "contacts.vcf");
    json("export", "vcard", "--out", vcf);
    const cards = readVCardsWithVobject(readFileSync(vcf, "utf8"));
    expect(cards.map((c) => c.fn).sort()).toEqual(people.map(([f, l]) => `${f} ${l}`).sort());
    expect(cards.every((c) => c.org?.[0] === "Société Générale")).toBe(true);

    const backup = path.join(dir, "backup.json");
    json("export", "json", "--out", backup);
    const before = json("contacts", "list", "--all").items;
    env = { COFFEECHAT_DATA_DIR: path.join(dir, "empty") };
    expect(json("import", "json", backup).restored).toMatchObject({ contacts: 4 });
    expect(json("contacts", "list", "--all").items).toEqual(before);
    const again = cli("import", "json", backup);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/needs an empty coffeechat/);
  });
});
