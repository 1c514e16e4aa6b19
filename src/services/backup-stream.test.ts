// The streaming backup on each database: thousands of rows (several pages of every table) out
// through writeBackup and back in through the line reader, with nothing lost or changed.
import { afterEach, describe, expect, it } from "vitest";
import { generateInto } from "../../bench/generate.js";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { restoreBackupSource } from "./backup-read.js";
import { writeBackup } from "./backup-write.js";
import type { ServiceContext } from "./context.js";
import { linesOf } from "./lines.js";

async function backupText(ctx: ServiceContext): Promise<string> {
  let text = "";
  await writeBackup(ctx, (chunk) => {
    text += chunk;
  });
  return text;
}

const restore = (ctx: ServiceContext, text: string, dryRun = false) =>
  restoreBackupSource(ctx, { name: "backup.json", lines: () => linesOf(text) }, { dryRun });

const tablesOf = (text: string) => (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;

describe.each(dialects)("the streaming backup [%s]", (dialect) => {
  const open: TestRuntime[] = [];
  const runtime = async () => {
    const t = await createTestRuntime(dialect);
    open.push(t);
    return t;
  };
  afterEach(async () => {
    for (const t of open.splice(0)) await t.close();
  });

  it("round-trips thousands of rows, a row a line, over several pages", async () => {
    const source = await createTestRuntime("sqlite");
    open.push(source);
    const db = source.runtime.db.sqlite;
    if (!db) throw new Error("a SQLite runtime has its handle");
    generateInto(db, source.ctx.user.id, { contacts: 1500, notes: 3000 });
    const generated = await backupText(source.ctx);
    expect(JSON.parse(generated)).toMatchObject({ format: "coffeechat-backup", version: 1 });
    expect(generated.split("\n").length).toBeGreaterThan(4500);

    const first = await runtime();
    const counts = await restore(first.ctx, generated);
    expect(counts.contacts).toBe(1500);
    expect(counts.interactions).toBeGreaterThan(1000);
    const text = await backupText(first.ctx);
    const second = await runtime();
    expect(await restore(second.ctx, text, true)).toEqual(counts);
    expect(await restore(second.ctx, text)).toEqual(counts);
    expect(tablesOf(await backupText(second.ctx))).toEqual(tablesOf(text));
    for (const [table, rows] of Object.entries(tablesOf(text)))
      expect(rows.length, table).toBe(counts[table]);
  }, 120_000);

  it("restores all or nothing: a file cut short writes no row", async () => {
    const source = await runtime();
    const db = source.runtime.db.sqlite;
    if (db) generateInto(db, source.ctx.user.id, { contacts: 50, notes: 50 });
    const text = await backupText(source.ctx);
    const target = await runtime();
    const cut = text.split("\n").slice(0, -3).join("\n");
    await expect(restore(target.ctx, cut)).rejects.toMatchObject({ field: "file" });
    expect((await target.ctx.repos.backup.page("contacts", undefined, 10)).rows).toEqual([]);
  });

  it("reads an older, pretty-printed backup whole, as before", async () => {
    const source = await runtime();
    const db = source.runtime.db.sqlite;
    if (db) generateInto(db, source.ctx.user.id, { contacts: 20, notes: 20 });
    const text = await backupText(source.ctx);
    const pretty = JSON.parse(text);
    delete pretty.tables.conversation_questions;
    const target = await runtime();
    const counts = await restore(target.ctx, JSON.stringify(pretty, null, 2));
    expect(counts.conversation_questions).toBe(0);
    expect(tablesOf(await backupText(target.ctx)).contacts).toEqual(tablesOf(text).contacts);
  });

  it("lets a streamed backup made before a table existed lack it, and refuses one missing another", async () => {
    const source = await runtime();
    const text = await backupText(source.ctx);
    const without = (table: string) =>
      text
        .split("\n")
        .filter((line) => !line.startsWith(`"${table}":[`))
        .join("\n");
    const target = await runtime();
    await expect(restore(target.ctx, without("tags"))).rejects.toMatchObject({ field: "tables.tags" });
    expect((await restore(target.ctx, without("conversation_questions"))).conversation_questions).toBe(0);
  });
});
