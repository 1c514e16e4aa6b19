// Two real `coffeechat serve` processes in hosted mode on one PostgreSQL database, as behind a load
// balancer: they start together on an empty database (the schema is made once), a session made on
// one works on the other, and 100 messages scheduled through one are each sent exactly once.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "../../src/db/migrations/index.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp.js";
import { type StartedServer, startServer } from "../support/spawn-server.js";

const postgres = process.env.COFFEECHAT_TEST_DATABASE_URL;
const MESSAGES = 100;

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
type Json = any;

describe.skipIf(!postgres)("two hosted instances on one database (PostgreSQL)", () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let one: StartedServer;
  let two: StartedServer;
  let cookie = "";

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    smtp = await startTestSmtpServer();
    const env = {
      COFFEECHAT_MODE: "hosted",
      DATABASE_URL: database.databaseUrl,
      COFFEECHAT_PUBLIC_URL: "https://coffeechat.example.edu",
      COFFEECHAT_SECRET: "a-test-secret-that-is-long-enough-0123456789",
      COFFEECHAT_SMTP_URL: smtp.url,
      COFFEECHAT_MAIL_FROM: "Career Centre <careers@example.edu>",
    };
    // Both at once, on an empty database: each runs the migrations, under one lock.
    [one, two] = await Promise.all([
      startServer({ env, timeoutMs: 60_000 }),
      startServer({ env, timeoutMs: 60_000 }),
    ]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await smtp?.close();
    await database?.drop();
  });

  async function query<Row>(text: string): Promise<{ rows: Row[] }> {
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      return { rows: (await client.query(text)).rows as Row[] };
    } finally {
      await client.end();
    }
  }

  async function call(server: StartedServer, method: string, path: string, body?: unknown): Promise<Json> {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { "content-type": "application/json", cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { httpStatus: response.status, ...(text ? JSON.parse(text) : {}) };
  }

  it("started together on an empty database, they made the schema once and both serve", async () => {
    const { rows } = await query<{ name: string; copies: number }>(
      "select name, count(*)::int as copies from kysely_migration group by name having count(*) > 1",
    );
    expect(rows).toEqual([]);
    const applied = await query<{ name: string }>("select name from kysely_migration order by name");
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations("postgres")));
    for (const server of [one, two]) {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/contacts`)).status).toBe(401);
    }
  });

  it("a session made on one instance works on the other, and both serve the same data", async () => {
    const signedUp = await fetch(`${one.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "ola@example.edu", password: "correct horse battery", name: "Ola" }),
    });
    expect(signedUp.status).toBe(200);
    cookie = signedUp.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const here = await call(one, "GET", "/api/account");
    const there = await call(two, "GET", "/api/account");
    expect(there).toEqual(here);
    expect(there).toMatchObject({ httpStatus: 200, mode: "hosted", name: "Ola" });

    const made = await call(two, "POST", "/api/contacts", {
      firstName: "Ada",
      lastName: "Lovelace",
      emails: ["ada@example.org"],
    });
    expect(made.httpStatus).toBe(201);
    const listed = await call(one, "GET", "/api/contacts");
    expect(listed.items.map((c: Json) => c.id)).toEqual([made.id]);
  });

  it(`${MESSAGES} messages scheduled through one instance are each sent exactly once`, async () => {
    const contacts = (await call(one, "GET", "/api/contacts")).items as Json[];
    const contactId = contacts[0].id;
    // Due together a few seconds from now, so both instances' outboxes know of them by then.
    const sendAt = new Date(Date.now() + 8000).toISOString();
    const ids: string[] = [];
    for (let n = 1; n <= MESSAGES; n++) {
      const scheduled = await call(one, "POST", "/api/messages", {
        contactId,
        subject: `Coffee? (${n})`,
        body: "Would you have 20 minutes for a call in the next fortnight?",
        send: "at",
        sendAt,
      });
      expect(scheduled.httpStatus, JSON.stringify(scheduled)).toBe(201);
      ids.push(scheduled.id);
    }
    await smtp.waitFor(MESSAGES, 60_000);
    // Time for a second copy to arrive, were any message sent twice.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const subjects = smtp.messages.map((m) => m.subject).sort();
    const expected = ids.map((_, index) => `Coffee? (${index + 1})`).sort();
    expect(subjects).toEqual(expected);

    const { rows } = await query<{ status: string; attempts: number; count: number }>(
      "select status, attempts, count(*)::int as count from messages group by status, attempts",
    );
    expect(rows).toEqual([{ status: "sent", attempts: 1, count: MESSAGES }]);
    for (const server of [one, two]) {
      const shown = await call(server, "GET", `/api/messages/${ids[MESSAGES - 1]}`);
      expect(shown).toMatchObject({ httpStatus: 200, status: "sent", attempts: 1 });
    }
  }, 120_000);
});
