import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCliAsync } from "../support/cli.js";
import { createTestDatabase, dialects, type TestDatabase } from "../support/databases.js";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp.js";

describe.each(dialects)("coffeechat templates, draft, check, send and outbox [%s]", (dialect) => {
  let dataDir: string;
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let env: Record<string, string | undefined>;
  const cli = (args: string[], input?: string) => runCliAsync(args, env, input);
  const json = async (args: string[], input?: string) => {
    const result = await cli([...args, "--json"], input);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-outreach-"));
    database = await createTestDatabase(dialect);
    smtp = await startTestSmtpServer();
    env = {
      COFFEECHAT_DATA_DIR: dataDir,
      DATABASE_URL: database.databaseUrl,
      COFFEECHAT_SMTP_URL: smtp.url,
      COFFEECHAT_MAIL_FROM: "zoe@example.org",
    };
  });
  afterEach(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database.drop();
    await smtp.close();
  });

  it("drafts a request for a contact, checks a bad draft, sends now and schedules one", async () => {
    const { items } = await json(["templates", "--kind", "request"]);
    expect(items.map((t: { builtinKey: string }) => t.builtinKey)).toContain("request-cold");
    const contact = await json(["contacts", "add", "Grace", "Hopper", "--email", "grace@example.org"]);
    const draft = await json([
      "draft",
      contact.id,
      "--template",
      "request-cold",
      "--set",
      "learnGoal=how compilers are built",
      "myName=Zoë Martin",
    ]);
    expect(draft.body).toContain("Grace");
    expect(draft.missing).toEqual(expect.not.arrayContaining(["learnGoal", "myName"]));

    const bad = await cli(["check", "-"], "I need a job. Please find my CV attached. ".repeat(20));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL/);

    const sent = await json(
      ["send", contact.id, "--subject", "Compilers?", "--body", "-"],
      "Would you have 20 minutes?",
    );
    expect(sent).toMatchObject({ status: "sent", to: "grace@example.org" });
    expect(smtp.messages.map((m) => m.subject)).toEqual(["Compilers?"]);

    const later = await json(
      [
        "send",
        contact.id,
        "--subject",
        "Later",
        "--body",
        "-",
        "--at",
        new Date(Date.now() + 3600_000).toISOString(),
      ],
      "Hi?",
    );
    expect(later.status).toBe("scheduled");
    const outbox = await json(["outbox"]);
    expect(outbox.items.map((m: { subject: string }) => m.subject)).toEqual(["Later"]);
  });
});
