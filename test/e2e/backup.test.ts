import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { startServer } from "../support/spawn-server.js";

describe("coffeechat backup [sqlite]", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-backup-"));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("copies the database consistently while the server keeps writing", async () => {
    const server = await startServer({ dataDir });
    try {
      const writes = Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          fetch(`${server.url}/api/contacts`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ firstName: `Person${i}`, tags: ["backup"] }),
          }),
        ),
      );
      const out = path.join(dataDir, "copy.sqlite");
      const result = runCli(["backup", "--out", out, "--json"], { COFFEECHAT_DATA_DIR: dataDir });
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout)).toMatchObject({ file: out });
      await writes;
      const copy = new SQLite(out, { readonly: true });
      const check = copy.pragma("integrity_check", { simple: true });
      const count = copy.prepare("select count(*) as n from contacts").get() as { n: number };
      copy.close();
      expect(check).toBe("ok");
      expect(count.n).toBeLessThanOrEqual(40);
      const settled = path.join(dataDir, "settled.sqlite");
      runCli(["backup", "--out", settled], { COFFEECHAT_DATA_DIR: dataDir });
      const full = new SQLite(settled, { readonly: true });
      expect(full.prepare("select count(*) as n from contacts").get()).toEqual({ n: 40 });
      full.close();
    } finally {
      await server.stop();
    }
    const after = runCli(["backup", "--json"], { COFFEECHAT_DATA_DIR: dataDir });
    expect(JSON.parse(after.stdout).file).toMatch(/backups\/coffeechat-\d{8}-\d{6}\.sqlite$/);
  });
});
