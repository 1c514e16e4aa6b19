import { afterEach, describe, expect, it } from "vitest";
import {
  startSilentServer,
  startTestSmtpServer,
  type TestSmtpServer,
  type TestSmtpServerOptions,
  unusedPort,
} from "../../test/support/smtp.js";
import { createMailerFromUrl, createSmtpMailer, MailError, type Mailer } from "./smtp-mailer.js";

const SUBJECT = "Café ☕ — 20 minutes, Zoë?";
const LONG_LINE =
  "Thanks again for offering to chat — I would love to hear how you moved from research into product management at your company.";
const TEXT = `Hi Łukasz,\n\n${LONG_LINE}\n\nGrüße, Łukasz 😊`;

const opened: Array<{ close(): unknown }> = [];

afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function server(options?: TestSmtpServerOptions): Promise<TestSmtpServer> {
  const started = await startTestSmtpServer(options);
  opened.push(started);
  return started;
}

function mailerFor(url: string, options?: { connectionTimeoutMs?: number }): Mailer {
  const mailer = createMailerFromUrl(url, options);
  opened.push(mailer);
  return mailer;
}

async function failure(promise: Promise<unknown>): Promise<MailError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MailError);
  return error as MailError;
}

const mail = {
  from: "Zoë Example <zoe@example.com>",
  to: "lukasz@example.org",
  subject: "Hello",
  text: "Hi",
};

describe("createSmtpMailer", () => {
  it("delivers a UTF-8 subject and body intact, with the right envelope and our Message-ID", async () => {
    const smtp = await server();
    const mailer = mailerFor(smtp.url);

    const sent = await mailer.send({
      from: "Zoë Example <zoe@example.com>",
      to: "Łukasz Nowak <lukasz@example.org>",
      subject: SUBJECT,
      text: TEXT,
      replyTo: "zoe+replies@example.com",
      messageId: "<outreach-42.1@coffeechat.test>",
    });

    expect(sent.messageId).toBe("<outreach-42.1@coffeechat.test>");
    expect(sent.accepted).toEqual(["lukasz@example.org"]);
    expect(sent.response).toMatch(/^250 /);
    const [received] = await smtp.waitFor(1);
    expect(received?.envelope).toEqual({ from: "zoe@example.com", to: ["lukasz@example.org"] });
    expect(received?.subject).toBe(SUBJECT);
    expect(received?.text).toBe(TEXT);
    expect(received?.headers.get("from")).toEqual(["Zoë Example <zoe@example.com>"]);
    expect(received?.headers.get("reply-to")).toEqual(["zoe+replies@example.com"]);
    expect(received?.headers.get("message-id")).toEqual(["<outreach-42.1@coffeechat.test>"]);
    // On the wire everything is 7-bit ASCII and no line is longer than 78 characters.
    const raw = received?.raw ?? "";
    expect(raw).toMatch(/^[\x20-\x7e\r\n]*$/);
    for (const line of raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8$/im);
  });

  it("adds the angle brackets a bare Message-ID lacks, in the header and the result alike", async () => {
    const smtp = await server();

    const sent = await mailerFor(smtp.url).send({ ...mail, messageId: "bare-1@coffeechat.test" });

    expect(sent.messageId).toBe("<bare-1@coffeechat.test>");
    const [received] = await smtp.waitFor(1);
    expect(received?.headers.get("message-id")).toEqual(["<bare-1@coffeechat.test>"]);
  });

  it("signs in with the percent-decoded user and password from the URL", async () => {
    const smtp = await server({ password: "p@ss:word" });
    const url = smtp.url.replace("smtp://", "smtp://me%40example.com:p%40ss%3Aword@");
    const mailer = mailerFor(url);

    await mailer.verify();
    await mailer.send(mail);

    const [received] = await smtp.waitFor(1);
    expect(received?.user).toBe("me@example.com");
  });

  it("verify() resolves against a working server", async () => {
    const smtp = await server();
    await expect(mailerFor(smtp.url).verify()).resolves.toBeUndefined();
  });

  it("a refused password is a permanent MailError that says so", async () => {
    const smtp = await server({ password: "right" });
    const mailer = mailerFor(smtp.url.replace("smtp://", "smtp://me:wrong@"));

    const error = await failure(mailer.send(mail));

    expect(error.permanent).toBe(true);
    expect(error.responseCode).toBe(535);
    expect(error.message).toMatch(/^The mail server refused the user name or password \(535\)/);
    expect(error.message).not.toContain("wrong");
    expect((await failure(mailer.verify())).responseCode).toBe(535);
    expect(smtp.messages).toHaveLength(0);
  });

  it("a message refused with 550 is a permanent MailError", async () => {
    const smtp = await server({
      failWith: () => ({ code: 550, message: "5.7.1 Message rejected as spam" }),
    });

    const error = await failure(mailerFor(smtp.url).send(mail));

    expect(error).toMatchObject({ permanent: true, responseCode: 550, name: "MailError" });
    expect(error.message).toBe(
      'The mail server refused the message (550). The server said: "Message rejected as spam".',
    );
    expect(smtp.messages).toHaveLength(0);
  });

  it("a message deferred with 451 is a temporary MailError", async () => {
    const smtp = await server({
      failWith: (received) =>
        received.subject === "Hello" ? { code: 451, message: "Greylisted, try again later" } : null,
    });

    const error = await failure(mailerFor(smtp.url).send(mail));

    expect(error).toMatchObject({ permanent: false, responseCode: 451 });
    expect(error.message).toMatch(/^The mail server could not take the message right now \(451\)/);
    expect(error.message).toContain("Try again later");
  });

  it("a rejected recipient is named in the error", async () => {
    const smtp = await server({
      rejectRecipient: (address) =>
        address === "nobody@example.org" ? { code: 550, message: "5.1.1 No such user" } : null,
    });

    const error = await failure(mailerFor(smtp.url).send({ ...mail, to: "nobody@example.org" }));

    expect(error).toMatchObject({ permanent: true, responseCode: 550 });
    expect(error.message).toBe(
      'The mail server rejected the recipient nobody@example.org (550). The server said: "No such user". Check the address.',
    );
  });

  it("an unreachable port is a temporary MailError with a clear message", async () => {
    const port = await unusedPort();
    const mailer = mailerFor(`smtp://127.0.0.1:${port}`);

    const error = await failure(mailer.send(mail));

    expect(error).toMatchObject({ permanent: false, responseCode: null });
    expect(error.message).toBe(
      `Could not reach 127.0.0.1:${port} (connection refused). Check the host and port in the SMTP settings, and that this computer is online.`,
    );
    expect((await failure(mailer.verify())).message).toContain("connection refused");
  });

  it("a server that never greets times out as a temporary MailError", async () => {
    const silent = await startSilentServer();
    opened.push(silent);
    const mailer = createSmtpMailer(
      { secure: false, host: "127.0.0.1", port: silent.port, user: null, password: null },
      { connectionTimeoutMs: 300 },
    );
    opened.push(mailer);

    const error = await failure(mailer.verify());

    expect(error).toMatchObject({ permanent: false, responseCode: null });
    expect(error.message).toMatch(
      new RegExp(`^127\\.0\\.0\\.1:${silent.port} took the connection but did not answer`),
    );
  });
});
