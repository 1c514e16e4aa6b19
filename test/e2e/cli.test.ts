import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeLinkedInConnectionsCsv } from "../../src/integrations/linkedin-fixture.js";
import { runCli } from "../support/cli.js";
import { createTestDatabase, dialects, type TestDatabase } from "../support/databases.js";

describe.each(dialects)("coffeechat CLI [%s]", (dialect) => {
  let dataDir: string;
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  const cli = (...args: string[]) => runCli(args, env);

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-cli-"));
    database = await createTestDatabase(dialect);
    env = { COFFEECHAT_DATA_DIR: dataDir, DATABASE_URL: database.databaseUrl };
  });
  afterEach(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
  });

  it("adds, lists, shows, edits, archives and restores contacts, with --json everywhere", () => {
    const added = cli(
      "contacts",
      "add",
      "Ada",
      "Lovelace",
      "--email",
      "ada@example.org",
      "--email",
      "ada@work.example",
      "--org",
      "Analytical Engines",
      "--tag",
      "math",
      "--time-zone",
      "Europe/London",
      "--source",
      "alumni",
      "--json",
    );
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    const ada = JSON.parse(added.stdout);
    expect(ada).toMatchObject({
      firstName: "Ada",
      lastName: "Lovelace",
      emails: ["ada@example.org", "ada@work.example"],
      organization: "Analytical Engines",
      tags: ["math"],
    });

    const list = cli("contacts", "list", "--json");
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ total: 1, items: [{ id: ada.id }] });

    const text = cli("contacts", "list", "-q", "lovel");
    expect(text.stdout).toMatch(/Ada Lovelace\s+Analytical Engines\s+ada@example.org/);

    expect(JSON.parse(cli("contacts", "show", ada.id, "--json").stdout)).toMatchObject({ id: ada.id });
    expect(cli("contacts", "show", ada.id).stdout).toMatch(/Organisation:\s+Analytical Engines/);

    const edited = cli("contacts", "edit", ada.id, "--title", "Analyst", "--tag", "poetry", "--json");
    expect(JSON.parse(edited.stdout)).toMatchObject({ title: "Analyst", tags: ["poetry"] });

    expect(JSON.parse(cli("contacts", "archive", ada.id, "--json").stdout)).toMatchObject({ archived: true });
    expect(JSON.parse(cli("contacts", "list", "--json").stdout)).toMatchObject({ total: 0 });
    expect(JSON.parse(cli("contacts", "list", "--archived", "--json").stdout)).toMatchObject({ total: 1 });
    expect(cli("contacts", "restore", ada.id).stdout).toMatch(/Restored Ada Lovelace/);
    // A dozen CLI processes, each starting Node and opening the database: a guard against a hang,
    // not a speed target (that is `npm run bench`).
  }, 90_000);

  it("lists every contact past the 500 of one page: --limit of any size, or --all", () => {
    const file = path.join(dataDir, "Connections.csv");
    writeFileSync(file, makeLinkedInConnectionsCsv(1100, { language: "en" }));
    expect(cli("import", "linkedin", file, "--json").code).toBe(0);
    const json = (...args: string[]) => {
      const result = cli("contacts", "list", ...args, "--json");
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as {
        items: { id: string }[];
        nextCursor: string | null;
        total: number;
      };
    };
    const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);

    const every = json("--limit", "100000");
    expect(every.total).toBeGreaterThan(1000);
    expect(every.items).toHaveLength(every.total);
    expect(new Set(ids(every)).size).toBe(every.total);
    expect(every.nextCursor).toBeNull();
    expect(ids(json("--all"))).toEqual(ids(every));

    const first = json("--limit", "700");
    expect(ids(first)).toEqual(ids(every).slice(0, 700));
    expect(first).toMatchObject({ total: every.total, nextCursor: expect.any(String) });
    const rest = json("--limit", "100000", "--cursor", first.nextCursor ?? "");
    expect(ids(rest)).toEqual(ids(every).slice(700));

    const wrong = cli("contacts", "list", "--limit", "lots");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--limit/);
  });

  it("exits 1 with a one-line message on a user error, and 2 on wrong usage", () => {
    const missing = cli("contacts", "show", "3f0c6b1e-8a4e-4d7b-9a53-0f1f2a3b4c5d");
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(/No contact with id/);

    const badZone = cli("contacts", "add", "Bo", "--time-zone", "Moon/Base");
    expect(badZone.code).toBe(1);
    expect(badZone.stderr).toMatch(/timeZone/);
    expect(JSON.parse(cli("contacts", "list", "--all", "--json").stdout)).toMatchObject({ total: 0 });

    expect(cli("contacts", "list", "--no-such-option").code).toBe(2);
    expect(cli("frobnicate").code).toBe(2);
    expect(cli("contacts").code).toBe(2);
    const help = cli("contacts", "add", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--time-zone/);
  });
});
