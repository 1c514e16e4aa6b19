import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { createTestDatabase, dialects, type TestDatabase } from "../support/databases.js";
import { startServer } from "../support/spawn-server.js";

describe.each(dialects)("data survives a server restart [%s]", (dialect) => {
  let dataDir: string;
  let database: TestDatabase;
  let env: Record<string, string | undefined>;

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-restart-"));
    database = await createTestDatabase(dialect);
    env = { COFFEECHAT_DATA_DIR: dataDir, DATABASE_URL: database.databaseUrl };
  });
  afterEach(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
  });

  it("finds a contact made through the API after a restart, and from the CLI", async () => {
    const first = await startServer({ dataDir, env });
    let id: string;
    try {
      const created = await fetch(`${first.url}/api/contacts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          firstName: "Katherine",
          lastName: "Johnson",
          organization: "NACA",
          tags: ["orbits"],
        }),
      });
      expect(created.status).toBe(201);
      id = ((await created.json()) as { id: string }).id;
    } finally {
      await first.stop();
    }

    const second = await startServer({ dataDir, env });
    try {
      const found = await fetch(`${second.url}/api/contacts?q=johnson`);
      const page = (await found.json()) as { items: { id: string }[] };
      expect(page.items.map((c) => c.id)).toEqual([id]);
      const listed = runCli(["contacts", "list", "--json"], env);
      expect(listed.code).toBe(0);
      expect((JSON.parse(listed.stdout) as { items: { id: string }[] }).items.map((c) => c.id)).toEqual([id]);
    } finally {
      await second.stop();
    }
  });
});

describe("local mode stays on this machine", () => {
  it("refuses to serve on a non-loopback address, saying why", () => {
    const result = runCli(["serve"], { HOST: "0.0.0.0", COFFEECHAT_DATA_DIR: os.tmpdir() });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/HOST: local mode listens on 127.0.0.1 only/);
  });
});
