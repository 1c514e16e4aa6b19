// Acceptance of sending: real server processes, a real SMTP server on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, dialects, type TestDatabase } from "../support/databases.js";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp.js";
import { type StartedServer, startServer } from "../support/spawn-server.js";

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
type Json = any;

async function call(server: StartedServer, method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // "httpStatus", not "status": a message has a status of its own.
  return { httpStatus: response.status, ...(await response.json()) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(dialects)("sending mail through the server [%s]", (dialect) => {
  let smtp: TestSmtpServer;
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  const servers: StartedServer[] = [];

  beforeEach(async () => {
    smtp = await startTestSmtpServer();
    database = await createTestDatabase(dialect);
    env = {
      DATABASE_URL: database.databaseUrl,
      COFFEECHAT_SMTP_URL: smtp.url,
      COFFEECHAT_MAIL_FROM: "Zoë Martin <zoe@example.org>",
    };
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    await smtp.close();
    await database.drop();
  });

  it("sends now, and sends a message scheduled 4 seconds ahead once, then shows it sent", async () => {
    const server = await startServer({ env });
    servers.push(server);
    const ada = await call(server, "POST", "/api/contacts", {
      firstName: "Ada",
      emails: ["ada@example.org"],
    });
    const now = await call(server, "POST", "/api/messages", {
      contactId: ada.id,
      subject: "Café, Ada?",
      body: "Would you have 20 minutes for a call or a coffee?",
      send: "now",
    });
    expect(now.httpStatus).toBe(201);
    expect(now.status).toBe("sending");
    const [first] = await smtp.waitFor(1);
    expect(first?.subject).toBe("Café, Ada?");

    const sendAt = new Date(Date.now() + 4000).toISOString();
    const later = await call(server, "POST", "/api/messages", {
      contactId: ada.id,
      subject: "Later",
      body: "Would you have 20 minutes?",
      send: "at",
      sendAt,
    });
    expect(later.httpStatus).toBe(201);
    expect((await call(server, "GET", `/api/messages/${later.id}`)).httpStatus).toBe(200);
    expect(smtp.messages.map((m) => m.subject)).not.toContain("Later");
    await smtp.waitFor(2, 12_000);
    const arrived = Date.now();
    expect(arrived).toBeGreaterThanOrEqual(new Date(sendAt).getTime() - 50);
    await sleep(1500);
    expect(smtp.messages.filter((m) => m.subject === "Later")).toHaveLength(1);
    const sent = await call(server, "GET", `/api/messages/${later.id}`);
    expect(sent.httpStatus).toBe(200);
    expect(sent).toMatchObject({ status: "sent", to: "ada@example.org", attempts: 1 });
    expect(sent.sentAt).not.toBeNull();
    expect(new Date(sent.sentAt).getTime()).toBeGreaterThanOrEqual(new Date(sendAt).getTime());
  }, 40_000);

  it.runIf(dialect === "postgres")(
    "two server processes on one database send 60 scheduled messages, each once",
    async () => {
      const [a, b] = await Promise.all([startServer({ env }), startServer({ env })]);
      servers.push(a, b);
      const ada = await call(a, "POST", "/api/contacts", { firstName: "Ada", emails: ["ada@example.org"] });
      const sendAt = new Date(Date.now() + 3000).toISOString();
      for (let i = 0; i < 60; i++) {
        const target = i % 2 === 0 ? a : b;
        const created = await call(target, "POST", "/api/messages", {
          contactId: ada.id,
          subject: `message ${i}`,
          body: "Hi?",
          send: "at",
          sendAt,
        });
        expect(created.httpStatus).toBe(201);
      }
      await smtp.waitFor(60, 30_000);
      await sleep(2000);
      const subjects = smtp.messages.map((m) => m.subject);
      expect(subjects).toHaveLength(60);
      expect(new Set(subjects).size).toBe(60);
    },
    60_000,
  );
});
