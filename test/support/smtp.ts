// A real SMTP server on 127.0.0.1 for tests (smtp-server): records every message it accepts, decoded,
// and can be told to refuse messages, recipients or passwords with a chosen reply code.
import { createServer, type Server, type Socket } from "node:net";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";
import { decodeMessage } from "./mime-decode.js";

export interface ReceivedMail {
  /** The SMTP envelope: MAIL FROM ("" for the null sender) and every RCPT TO the server accepted. */
  envelope: { from: string; to: string[] };
  /** The message source as received (CRLF line breaks, read as UTF-8). */
  raw: string;
  /** Header values by lower-cased name, unfolded and with encoded-words decoded. */
  headers: Map<string, string[]>;
  /** The decoded Subject. */
  subject: string;
  /** The decoded text/plain body, with "\n" line breaks. */
  text: string;
  /** Who signed in (AUTH) for this message, or null. */
  user: string | null;
}

export interface SmtpFailure {
  code: number;
  message: string;
}

export interface TestSmtpServerOptions {
  /** Answer the message (after DATA) with this reply instead of accepting it; it is then not recorded. */
  failWith?: (mail: ReceivedMail) => SmtpFailure | null;
  /** Answer RCPT TO for this address with this reply instead of accepting it. */
  rejectRecipient?: (address: string) => SmtpFailure | null;
  /** When set, AUTH succeeds only with this password (any user name); otherwise any sign-in works. */
  password?: string;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:PORT?ignoreTLS=true */
  url: string;
  port: number;
  /** The accepted messages, in arrival order. */
  messages: ReceivedMail[];
  /** Resolves with the messages once at least `count` have arrived (rejects after timeoutMs, 5 s by default). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function smtpError(failure: SmtpFailure): Error {
  return Object.assign(new Error(failure.message), { responseCode: failure.code });
}

function address(value: SMTPServerAddress | false): string {
  return value === false ? "" : value.address;
}

export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      if (options.password !== undefined && auth.password !== options.password) {
        callback(smtpError({ code: 535, message: "5.7.8 Authentication credentials invalid" }));
        return;
      }
      callback(null, { user: auth.username ?? "" });
    },
    onRcptTo(recipient, _session, callback) {
      const failure = options.rejectRecipient?.(recipient.address);
      callback(failure ? smtpError(failure) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (error) => callback(error));
      stream.on("end", () => {
        const bytes = Buffer.concat(chunks);
        const decoded = decodeMessage(bytes);
        const mail: ReceivedMail = {
          envelope: {
            from: address(session.envelope.mailFrom),
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
          },
          raw: bytes.toString("utf8"),
          headers: decoded.headers,
          subject: decoded.subject,
          text: decoded.text,
          user: typeof session.user === "string" ? session.user : null,
        };
        const failure = options.failWith?.(mail);
        if (failure) {
          callback(smtpError(failure));
          return;
        }
        messages.push(mail);
        for (const wake of waiters) wake();
        callback(null, `OK: queued as test-${messages.length}`);
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      const bound = server.server.address();
      if (typeof bound === "object" && bound) resolve(bound.port);
      else reject(new Error("The test SMTP server got no port."));
    });
  });
  // Errors after start (a client hanging up mid-session) are the client's business, not the test's.
  server.on("error", () => {});

  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    port,
    messages,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(messages.slice());
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Expected ${count} message(s) on the test SMTP server, got ${messages.length}.`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A TCP server on 127.0.0.1 that accepts connections and never says a word (to test timeouts). */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const bound = server.address();
      if (typeof bound === "object" && bound) resolve(bound.port);
      else reject(new Error("The silent server got no port."));
    });
  });
  return {
    port,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A 127.0.0.1 port nobody listens on right now (the OS hands one out, then it is freed). */
export async function unusedPort(): Promise<number> {
  const { port, close } = await startSilentServer();
  await close();
  return port;
}
