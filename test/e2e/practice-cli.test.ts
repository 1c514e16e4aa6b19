import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { createTestDatabase, dialects, type TestDatabase } from "../support/databases.js";

describe.each(dialects)("coffeechat today and conversations [%s]", (dialect) => {
  let dataDir: string;
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  const cli = (...args: string[]) => runCli(args, env);
  const json = (...args: string[]) => {
    const result = cli(...args, "--json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-today-"));
    database = await createTestDatabase(dialect);
    env = { COFFEECHAT_DATA_DIR: dataDir, DATABASE_URL: database.databaseUrl };
  });
  afterEach(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
  });

  it("plans, holds and moves a conversation, and shows the thank-you in today", () => {
    const contact = json("contacts", "add", "Nia", "Jones", "--org", "Acme");
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const conversation = json(
      "conversations",
      "add",
      contact.id,
      "--kind",
      "company",
      "--stage",
      "scheduled",
      "--format",
      "coffee",
      "--at",
      yesterday,
    );
    expect(conversation).toMatchObject({ stage: "scheduled", kind: "company", contactName: "Nia Jones" });

    const refused = cli("conversations", "move", conversation.id, "idea");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/From Scheduled it can go to: Done, Declined, Cancelled/);

    expect(json("conversations", "move", conversation.id, "done")).toMatchObject({ stage: "done" });
    const agenda = json("today");
    const items = agenda.sections.flatMap((s: { items: unknown[] }) => s.items);
    expect(items).toContainEqual(
      expect.objectContaining({ kind: "thank-you", conversationId: conversation.id }),
    );

    const text = cli("today");
    expect(text.stdout).toMatch(/Thank Nia Jones/);
    expect(text.stdout).toMatch(/This week: 1 of 1 conversation/);

    expect(json("conversations", "list", "--stage", "done")).toMatchObject({ total: 1 });
    const shown = cli("conversations", "show", conversation.id);
    expect(shown.stdout).toMatch(/scheduled → done/);
  });
});
