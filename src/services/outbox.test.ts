import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/support/smtp.js";
import type { Contact } from "../core/contact.js";
import { openPostgres, openSqlite } from "../db/connect.js";
import { userStore } from "../db/store.js";
import { SystemRepository } from "../db/system.repository.js";
import { createApp } from "../server/app.js";
import { createContact } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { createConversation, getConversation } from "./conversations.service.js";
import {
  createInteraction,
  createMessage,
  getMessage,
  listInteractionsOf,
  listMessages,
  updateMessage,
} from "./messages.service.js";
import { claimNext, deliver, type OutboxDeps } from "./outbox.service.js";
import { OutboxWorker } from "./outbox-worker.js";

const POLICY = { leaseMs: 60_000, retryDelaysMs: [30_000, 60_000] };

describe.each(dialects)("the outbox [%s]", (dialect) => {
  let t: TestRuntime;
  let smtp: TestSmtpServer;
  let clock: ReturnType<typeof fixedClock>;
  let ctx: ServiceContext;
  let ada: Contact;
  /** A worker's dependencies on a connection: the system repository and each owner's context on it. */
  const deps = (workerId: string, db = t.runtime.db): OutboxDeps => ({
    system: new SystemRepository(db.kysely, db.dialect),
    contextFor: (user) => {
      const store = userStore(db, user.id);
      return { store, repos: store.repos, clock, user, mail: ctx.mail };
    },
    clock,
    mail: ctx.mail,
    workerId,
    policy: POLICY,
  });

  beforeEach(async () => {
    smtp = await startTestSmtpServer();
    clock = fixedClock("2026-11-24T08:00:00.000Z");
    t = await createTestRuntime(dialect, clock);
    ctx = { ...t.ctx, mail: { smtpUrl: smtp.url, from: "Zoë Martin <zoe@example.org>" } };
    ada = await createContact(ctx, { firstName: "Ada", lastName: "Lovelace", emails: ["ada@example.org"] });
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
  });

  it("sends now: UTF-8 intact, then sent with its time, the conversation asked and the touch recorded", async () => {
    const worker = new OutboxWorker(deps("w1"), 60_000);
    const conversation = await createConversation(ctx, { contactId: ada.id, stage: "to-ask" });
    const message = await createMessage(
      { ...ctx, outbox: worker },
      {
        contactId: ada.id,
        conversationId: conversation.id,
        purpose: "request",
        subject: "Café ☕ — 20 minutes, Zoë?",
        body: "Grüße, Łukasz 😊\nWould you have 20 minutes for a call or a coffee?",
        send: "now",
      },
    );
    expect(message.status).toBe("sending");
    const [mail] = await smtp.waitFor(1);
    expect(mail?.subject).toBe("Café ☕ — 20 minutes, Zoë?");
    expect(mail?.text).toContain("Grüße, Łukasz 😊");
    expect(mail?.envelope.to).toEqual(["ada@example.org"]);
    await worker.stop();
    const sent = await getMessage(ctx, message.id);
    expect(sent).toMatchObject({
      status: "sent",
      sentAt: clock.now().toISOString(),
      attempts: 1,
      lastError: null,
    });
    expect((await getConversation(ctx, conversation.id)).stage).toBe("asked");
    expect((await listInteractionsOf(ctx, { contactId: ada.id })).map((i) => i.messageId)).toContain(
      message.id,
    );
  });

  it("sends a scheduled message once, at its time", async () => {
    const message = await createMessage(ctx, {
      contactId: ada.id,
      subject: "A question about your work",
      body: "Would you have 20 minutes?",
      send: "at",
      sendAt: new Date(clock.now().getTime() + 4000).toISOString(),
    });
    expect(message.status).toBe("scheduled");
    const worker = new OutboxWorker(deps("w1"));
    expect(await worker.drain()).toBe(0);
    clock.advance(4000);
    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0);
    expect(smtp.messages).toHaveLength(1);
    expect(await getMessage(ctx, message.id)).toMatchObject({
      status: "sent",
      sentAt: "2026-11-24T08:00:04.000Z",
    });
  });

  it("a scheduled message's subject and body can be edited and rescheduled before it goes; the new text goes", async () => {
    const message = await createMessage(ctx, {
      contactId: ada.id,
      subject: "A question about your wrok",
      body: "Would you have 20 minuets?",
      send: "at",
      sendAt: new Date(clock.now().getTime() + 60_000).toISOString(),
    });
    const later = new Date(clock.now().getTime() + 3600_000).toISOString();
    const edited = await updateMessage(ctx, message.id, {
      subject: "A question about your work",
      body: "Would you have 20 minutes?",
      sendAt: later,
    });
    expect(edited).toMatchObject({
      status: "scheduled",
      subject: "A question about your work",
      body: "Would you have 20 minutes?",
      scheduledAt: later,
      nextAttemptAt: later,
    });
    const worker = new OutboxWorker(deps("w1"));
    clock.advance(60_000);
    expect(await worker.drain()).toBe(0);
    clock.advance(3600_000);
    expect(await worker.drain()).toBe(1);
    expect(smtp.messages.map((m) => [m.subject, m.text?.trim()])).toEqual([
      ["A question about your work", "Would you have 20 minutes?"],
    ]);
  });

  it("refuses to edit a message once it is being sent or sent, and refuses an emptied text", async () => {
    const message = await createMessage(ctx, {
      contactId: ada.id,
      subject: "hello",
      body: "Hi?",
      send: "at",
      sendAt: new Date(clock.now().getTime() + 60_000).toISOString(),
    });
    await expect(updateMessage(ctx, message.id, { subject: "  " })).rejects.toMatchObject({
      code: "validation_failed",
      field: "subject",
    });
    await expect(updateMessage(ctx, message.id, { body: "" })).rejects.toMatchObject({
      code: "validation_failed",
      field: "body",
    });
    clock.advance(60_000);
    const claimed = await claimNext(deps("w1"));
    expect(claimed?.id).toBe(message.id);
    await expect(updateMessage(ctx, message.id, { body: "Changed?" })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/being sent right now/),
    });
    await expect(
      updateMessage(ctx, message.id, { sendAt: new Date(clock.now().getTime() + 60_000).toISOString() }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await deliver(deps("w1"), message.id)).toBe("sent");
    await expect(updateMessage(ctx, message.id, { subject: "Changed" })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/has been sent/),
    });
    expect(await getMessage(ctx, message.id)).toMatchObject({
      status: "sent",
      subject: "hello",
      body: "Hi?",
    });
    expect(smtp.messages.map((m) => m.text?.trim())).toEqual(["Hi?"]);
  });

  it("through the API: PATCH edits a waiting message (200) and answers 409 once it is on its way", async () => {
    const app = createApp({ contextFor: () => ctx, version: "test" });
    const patch = (id: string, json: unknown) =>
      app.request(`/api/messages/${id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(json),
      });
    const message = await createMessage(ctx, {
      contactId: ada.id,
      subject: "hello",
      body: "Hi?",
      send: "at",
      sendAt: new Date(clock.now().getTime() + 60_000).toISOString(),
    });
    const edited = await patch(message.id, { body: "Hello Ada, would you have 20 minutes?" });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ body: "Hello Ada, would you have 20 minutes?" });
    const emptied = await patch(message.id, { subject: "" });
    expect(emptied.status).toBe(400);
    expect(await emptied.json()).toMatchObject({ error: { field: "subject" } });
    clock.advance(60_000);
    await claimNext(deps("w1"));
    const late = await patch(message.id, { body: "Too late?" });
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({
      error: { code: "conflict", field: "body", message: expect.stringMatching(/being sent right now/) },
    });
  });

  it("an edit racing a worker's claim on another connection: the mail carries the old text or the new, whole", async () => {
    const db2 = await secondConnection(t);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const message = await createMessage(ctx, {
        contactId: ada.id,
        subject: `old ${i}`,
        body: `old body ${i}`,
        send: "at",
        sendAt: new Date(clock.now().getTime() + 1000).toISOString(),
      });
      ids.push(message.id);
    }
    clock.advance(1000);
    const worker = new OutboxWorker(deps("w2", db2));
    const edits = ids.map((id, i) =>
      updateMessage(ctx, id, { subject: `new ${i}`, body: `new body ${i}` }).then(
        () => "edited" as const,
        (error) => {
          expect(error).toMatchObject({ code: "conflict" });
          return "refused" as const;
        },
      ),
    );
    const [outcomes] = await Promise.all([Promise.all(edits), worker.drain()]);
    await db2.close();
    expect(smtp.messages).toHaveLength(20);
    for (const mail of smtp.messages) {
      const [, age, n] = mail.subject?.match(/^(old|new) (\d+)$/) ?? [];
      expect(mail.text?.trim()).toBe(`${age} body ${n}`);
      expect(outcomes[Number(n)]).toBe(age === "new" ? "edited" : "refused");
    }
  });

  it("retries a temporary failure later and gives up on a permanent one, saying why", async () => {
    await smtp.close();
    let refusals = 1;
    smtp = await startTestSmtpServer({
      failWith: (mail) =>
        mail.subject === "bounce"
          ? { code: 550, message: "No such mailbox" }
          : refusals-- > 0
            ? { code: 451, message: "Try later" }
            : null,
    });
    ctx = { ...ctx, mail: { smtpUrl: smtp.url, from: "zoe@example.org" } };
    const later = await createMessage(ctx, { contactId: ada.id, subject: "hello", body: "Hi?", send: "now" });
    const bounce = await createMessage(ctx, {
      contactId: ada.id,
      subject: "bounce",
      body: "Hi?",
      send: "now",
    });
    const worker = new OutboxWorker({ ...deps("w1"), mail: ctx.mail });
    await worker.drain();
    expect(await getMessage(ctx, later.id)).toMatchObject({ status: "scheduled", attempts: 1 });
    expect((await getMessage(ctx, later.id)).lastError).toMatch(/451/);
    expect(await getMessage(ctx, bounce.id)).toMatchObject({ status: "failed" });
    expect((await getMessage(ctx, bounce.id)).lastError).toMatch(/550/);
    clock.advance(30_000);
    await worker.drain();
    expect(await getMessage(ctx, later.id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(smtp.messages.map((m) => m.subject)).toEqual(["hello"]);
  });

  it("loses nothing and doubles nothing when a worker stops between its claim and the send", async () => {
    const message = await createMessage(ctx, {
      contactId: ada.id,
      subject: "once",
      body: "Hi?",
      send: "now",
    });
    const crashed = deps("crashed");
    const claimed = await claimNext(crashed);
    expect(claimed?.id).toBe(message.id);
    // The crashed worker never sends. Within its lease nobody else takes the message...
    const rescuer = new OutboxWorker(deps("rescuer"));
    expect(await rescuer.drain()).toBe(0);
    // ...after it, another worker sends it once.
    clock.advance(POLICY.leaseMs + 1);
    expect(await rescuer.drain()).toBe(1);
    expect(await getMessage(ctx, message.id)).toMatchObject({ status: "sent", attempts: 2 });
    // The crashed worker, back to life, finds its claim gone and sends nothing.
    expect(await deliver(crashed, message.id)).toBe("lost");
    expect(smtp.messages.map((m) => m.subject)).toEqual(["once"]);
  });

  it("two workers on two connections send 200 scheduled messages, each exactly once", async () => {
    const db2 = await secondConnection(t);
    const sendAt = new Date(clock.now().getTime() + 1000).toISOString();
    for (let i = 0; i < 200; i++) {
      await createMessage(ctx, {
        contactId: ada.id,
        subject: `message ${i}`,
        body: "Hi?",
        send: "at",
        sendAt,
      });
    }
    clock.advance(1000);
    const a = new OutboxWorker(deps("a"));
    const b = new OutboxWorker(deps("b", db2));
    const [sentByA, sentByB] = await Promise.all([a.drain(), b.drain()]);
    await db2.close();
    expect(sentByA + sentByB).toBe(200);
    expect(sentByA).toBeGreaterThan(0);
    expect(sentByB).toBeGreaterThan(0);
    const subjects = smtp.messages.map((m) => m.subject);
    expect(subjects).toHaveLength(200);
    expect(new Set(subjects).size).toBe(200);
    const ids = smtp.messages.map((m) => m.headers.get("message-id")?.[0]);
    expect(new Set(ids).size).toBe(200);
    const outbox = await listMessages(ctx, { contactId: ada.id, limit: 500 });
    expect(outbox.every((m) => m.status === "sent" && m.attempts === 1)).toBe(true);
  });

  it("says what to set up when there is no mail server, and keeps replies and refusals", async () => {
    const bare = { ...t.ctx, mail: { smtpUrl: null, from: null } };
    await expect(
      createMessage(bare, { contactId: ada.id, subject: "s", body: "b", send: "now" }),
    ).rejects.toThrow(/mail is not set up/);
    const conversation = await createConversation(ctx, { contactId: ada.id, stage: "to-ask" });
    const request = await createMessage(ctx, {
      contactId: ada.id,
      conversationId: conversation.id,
      purpose: "request",
      sentAt: clock.now().toISOString(),
    });
    clock.advance(3600_000);
    await updateMessage(ctx, request.id, { repliedAt: clock.now().toISOString(), outcome: "declined" });
    expect((await getConversation(ctx, conversation.id)).stage).toBe("declined");
  });

  it("a message from them, logged as a touch, answers my latest request", async () => {
    const conversation = await createConversation(ctx, { contactId: ada.id, stage: "to-ask" });
    const request = await createMessage(ctx, {
      contactId: ada.id,
      conversationId: conversation.id,
      purpose: "request",
      sentAt: clock.now().toISOString(),
    });
    clock.advance(86_400_000);
    await createInteraction(ctx, {
      contactId: ada.id,
      conversationId: conversation.id,
      kind: "message",
      direction: "inbound",
    });
    expect((await getMessage(ctx, request.id)).repliedAt).toBe(clock.now().toISOString());
  });
});

/** Another connection (another pool, as another server process would have) to the same database. */
async function secondConnection(t: TestRuntime) {
  const db = t.runtime.db;
  if (db.dialect === "sqlite") return openSqlite(db.sqlite?.name as string);
  return openPostgres(await postgresUrlOf(t));
}

async function postgresUrlOf(t: TestRuntime): Promise<string> {
  const row = await t.runtime.db.kysely
    .selectNoFrom((eb) => eb.fn<string>("current_database", []).as("name"))
    .executeTakeFirstOrThrow();
  const url = new URL(process.env.COFFEECHAT_TEST_DATABASE_URL as string);
  url.pathname = `/${row.name}`;
  return url.toString();
}
