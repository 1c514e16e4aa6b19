// Sends mail through the user's own SMTP server (nodemailer), with failures explained in plain words.
import { createRequire } from "node:module";
import type Nodemailer from "nodemailer";
import type { NodemailerError, SMTPTransportOptions } from "nodemailer";
import { parseSmtpUrl, type SmtpSettings } from "../core/smtp-url.js";

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  /** Our own Message-ID ("<id@host>"; brackets added when missing), so retries can be recognised. Made up when absent. */
  messageId?: string;
}

export interface SentMail {
  /** The Message-ID header the message went out with. */
  messageId: string;
  /** The recipients the server accepted. */
  accepted: string[];
  /** The server's final reply, e.g. "250 OK: queued as 1234". */
  response: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
  /** Connects, signs in when there is a user and password, and hangs up: checks the settings work. */
  verify(): Promise<void>;
  close(): void;
}

/**
 * A mail that could not be sent. `permanent`: sending the same mail again will fail the same way (5xx
 * replies, a refused password); otherwise (no connection, timeouts, 4xx replies) a later retry may work.
 */
export class MailError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseCode: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "MailError";
  }
}

const CONNECT_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 20_000;
const MAX_SERVER_TEXT = 300;

/** 5xx is final, except 503 (bad sequence of commands), which a new connection may not get again. */
function isPermanentCode(code: number): boolean {
  return code >= 500 && code < 600 && code !== 503;
}

/** The human part of a server reply: "550 5.1.1 <x@y>: no such user" gives "<x@y>: no such user". */
function serverText(response: string | undefined): string {
  const lines = (response ?? "")
    .split(/\r?\n/)
    .map((line) => line.replace(/^\d{3}[ -]?(\d\.\d{1,3}\.\d{1,3}\s+)?/, "").trim())
    .filter((line) => line !== "");
  const text = lines.join(" ");
  return text.length > MAX_SERVER_TEXT ? `${text.slice(0, MAX_SERVER_TEXT)}…` : text;
}

function said(response: string | undefined): string {
  const text = serverText(response);
  return text === "" ? "" : ` The server said: "${text}".`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** "<id@host>" as the header has it (nodemailer adds missing brackets to the header but not to its result). */
function angleBrackets(messageId: string): string {
  const id = messageId.trim();
  return `${id.startsWith("<") ? "" : "<"}${id}${id.endsWith(">") ? "" : ">"}`;
}

interface Context {
  settings: SmtpSettings;
  connectTimeoutMs: number;
  mail?: OutgoingMail;
}

function connectionProblem(error: NodemailerError, context: Context): string {
  const { settings } = context;
  const where = `${settings.host}:${settings.port}`;
  const check = "Check the host and port in the SMTP settings, and that this computer is online.";
  const original = error.originalCode ?? error.code ?? "";
  if (error.code === "ETIMEDOUT") {
    switch (error.timeoutType) {
      case "GREETING_TIMEOUT":
        return `${where} took the connection but did not answer like a mail server. Check the port: 465 is for smtps://, 587 and 25 are for smtp://.`;
      case "UPGRADE_TIMEOUT":
        return `The secure (TLS) connection to ${where} could not be set up in time. Try again later.`;
      case "SOCKET_TIMEOUT":
        return `The mail server ${where} stopped answering. Try again later.`;
      default:
        return `Could not reach ${where} (no answer within ${seconds(context.connectTimeoutMs)}). ${check}`;
    }
  }
  if (original === "ECONNREFUSED") {
    return `Could not reach ${where} (connection refused). ${check}`;
  }
  if (error.code === "EDNS" || original === "ENOTFOUND" || original === "EAI_AGAIN") {
    return `Could not find the mail server ${settings.host} (the name does not resolve). Check the host name in the SMTP settings, and that this computer is online.`;
  }
  if (original === "EHOSTUNREACH" || original === "ENETUNREACH" || original === "EADDRNOTAVAIL") {
    return `Could not reach ${where} (no route to the server). ${check}`;
  }
  if (
    error.code === "ETLS" ||
    /CERT|SSL|TLS/i.test(original) ||
    /certificate|ssl|tls|wrong version number/i.test(error.message)
  ) {
    const hint = settings.secure
      ? "If the port is 587 or 25, the URL should start with smtp:// rather than smtps://."
      : "If the port is 465, the URL should start with smtps:// rather than smtp://.";
    return `Could not set up a secure (TLS) connection with ${where} (${error.message}). ${hint}`;
  }
  if (original === "ECONNRESET" || original === "EPIPE" || error.code === "ECONNECTION") {
    return `The mail server ${where} closed the connection unexpectedly.${said(error.response)} Try again later.`;
  }
  return `Could not talk to the mail server ${where} (${error.message}). ${check}`;
}

function replyProblem(error: NodemailerError, code: number, context: Context): string {
  const { settings, mail } = context;
  const text = said(error.response);
  if (error.code === "EAUTH") {
    return `The mail server refused the user name or password (${code}).${text} Check the user name and password in the SMTP settings; many providers (Gmail, Outlook, iCloud) need an app password instead of your usual one.`;
  }
  if (code === 530 || (code === 550 && /auth/i.test(error.response ?? ""))) {
    return `The mail server wants you to sign in first (${code}).${text} Add the user name and password to the SMTP settings.`;
  }
  if (code === 421) {
    return `The mail server ${settings.host} is busy or shutting down (421).${text} Try again later.`;
  }
  if (error.command === "RCPT TO") {
    const recipients = error.rejected?.length ? error.rejected.join(", ") : (mail?.to ?? "the recipient");
    return `The mail server rejected the recipient ${recipients} (${code}).${text}${isPermanentCode(code) ? " Check the address." : " Try again later."}`;
  }
  if (error.command === "MAIL FROM") {
    return `The mail server refused the sender address ${mail?.from ?? ""} (${code}).${text} Many servers only send from the address you sign in with.`;
  }
  if (code >= 400 && code < 500) {
    return `The mail server could not take the message right now (${code}).${text} Try again later.`;
  }
  return `The mail server refused the message (${code}).${text}`;
}

function toMailError(caught: unknown, context: Context): MailError {
  if (caught instanceof MailError) return caught;
  if (!(caught instanceof Error)) return new MailError(`Sending failed: ${String(caught)}`, false, null);
  const error = caught as NodemailerError;
  const code = typeof error.responseCode === "number" && error.responseCode > 0 ? error.responseCode : null;
  const cause = { cause: caught };
  if (code !== null) {
    const permanent = error.code === "EAUTH" ? code >= 500 : isPermanentCode(code);
    return new MailError(replyProblem(error, code, context), permanent, code, cause);
  }
  switch (error.code) {
    case "EAUTH":
    case "ENOAUTH":
      return new MailError(
        `Could not sign in to the mail server: ${error.message}. Check the user name and password in the SMTP settings.`,
        true,
        null,
        cause,
      );
    case "EENVELOPE":
      return new MailError(`The message has no usable address: ${error.message}.`, true, null, cause);
    case "EMESSAGE":
      return new MailError(`The mail server cannot take this message: ${error.message}.`, true, null, cause);
    case "ECONNECTION":
    case "ESOCKET":
    case "EDNS":
    case "ETIMEDOUT":
    case "ETLS":
    case "EPROTOCOL":
    case "EPROXY":
      return new MailError(connectionProblem(error, context), false, null, cause);
    default:
      return new MailError(`Sending failed: ${error.message}`, false, null, cause);
  }
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

/** A mailer that opens a fresh connection for every message (no pool) to the given server. */
export function createSmtpMailer(
  settings: SmtpSettings,
  options: { connectionTimeoutMs?: number } = {},
): Mailer {
  const connectTimeoutMs = options.connectionTimeoutMs ?? CONNECT_TIMEOUT_MS;
  const transportOptions: SMTPTransportOptions = {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ignoreTLS: settings.ignoreTls ?? false,
    // A password never crosses the network in the clear: without ?ignoreTLS=true (meant for a
    // server on this machine), smtp:// with a password must upgrade with STARTTLS.
    requireTLS: !settings.secure && settings.password !== null && !settings.ignoreTls,
    auth:
      settings.user !== null && settings.password !== null
        ? { user: settings.user, pass: settings.password }
        : undefined,
    // A mail server on this machine (a local relay, a test server) often has a self-made
    // certificate: the connection never leaves the machine, so it is not checked there.
    ...(isLoopback(settings.host) ? { tls: { rejectUnauthorized: false } } : {}),
    pool: false,
    connectionTimeout: connectTimeoutMs,
    greetingTimeout: Math.min(GREETING_TIMEOUT_MS, connectTimeoutMs),
    socketTimeout: SOCKET_TIMEOUT_MS,
    dnsTimeout: connectTimeoutMs,
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  // Loaded when a mailer is first made, not when the server starts.
  const nodemailer = createRequire(import.meta.url)("nodemailer") as typeof Nodemailer;
  const transport = nodemailer.createTransport(transportOptions);
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          replyTo: mail.replyTo,
          messageId: mail.messageId === undefined ? undefined : angleBrackets(mail.messageId),
          // Non-ASCII headers as =?UTF-8?Q?…?= and the text part as quoted-printable: 7-bit safe on any
          // server, and still readable in the raw source.
          textEncoding: "quoted-printable",
        });
        return { messageId: info.messageId, accepted: info.accepted.map(String), response: info.response };
      } catch (error) {
        throw toMailError(error, { settings, connectTimeoutMs, mail });
      }
    },
    async verify() {
      try {
        await transport.verify();
      } catch (error) {
        throw toMailError(error, { settings, connectTimeoutMs });
      }
    },
    close() {
      transport.close();
    },
  };
}

/** A mailer for a COFFEECHAT_SMTP_URL value; throws the URL's problem when it does not parse. */
export function createMailerFromUrl(url: string, options?: { connectionTimeoutMs?: number }): Mailer {
  return createSmtpMailer(parseSmtpUrl(url), options);
}
