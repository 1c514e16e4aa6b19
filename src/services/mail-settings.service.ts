// Which mail server sends a user's messages: their own (Settings) or the environment's. The
// password is kept on the server: what the API shows names the server without it.
import type { MailConfig } from "../config.js";
import { ValidationError } from "../core/errors.js";
import { type MailSettings, MailSettingsInput, type MailTestInput } from "../core/settings.schema.js";
import { parseSmtpUrl, redactSmtpUrl } from "../core/smtp-url.js";
import { createMailerFromUrl, MailError } from "../integrations/smtp-mailer.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

export interface MailRoute {
  smtpUrl: string;
  from: string;
  source: "settings" | "environment";
}

/** The server and sender for the user's mail (theirs, else the environment's), or null when none is set up. */
export async function mailRouteFor(ctx: Pick<ServiceContext, "repos" | "mail">): Promise<MailRoute | null> {
  const own = await ctx.repos.settings.mail();
  const env: MailConfig | undefined = ctx.mail;
  if (own?.smtpUrl) {
    return { smtpUrl: own.smtpUrl, from: own.mailFrom ?? env?.from ?? "", source: "settings" };
  }
  if (env?.smtpUrl)
    return { smtpUrl: env.smtpUrl, from: own?.mailFrom ?? env.from ?? "", source: "environment" };
  return null;
}

/** What the API shows of the mail settings (declared with its schema). */
export type MailSettingsView = MailSettings;

export { MailSettingsInput };

export async function getMailSettings(ctx: ServiceContext): Promise<MailSettingsView> {
  const route = await mailRouteFor(ctx);
  return {
    configured: route !== null && route.from !== "",
    source: route?.source ?? null,
    server: route ? redactSmtpUrl(route.smtpUrl) : null,
    from: route?.from || null,
  };
}

const address = /^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/;

export async function updateMailSettings(
  ctx: ServiceContext,
  raw: MailSettingsInput,
): Promise<MailSettingsView> {
  const input = parseInput(MailSettingsInput, raw);
  if (input.smtpUrl) {
    try {
      parseSmtpUrl(input.smtpUrl);
    } catch (error) {
      throw new ValidationError(
        `smtpUrl: ${(error as Error).message.replace(/^COFFEECHAT_SMTP_URL /, "")}`,
        "smtpUrl",
      );
    }
  }
  await ctx.repos.settings.update(
    {
      ...(input.smtpUrl !== undefined ? { smtpUrl: input.smtpUrl || null } : {}),
      ...(input.from !== undefined ? { mailFrom: input.from || null } : {}),
    },
    nowIso(ctx),
  );
  return getMailSettings(ctx);
}

/** The route, or a clear message saying what to set up. */
export async function requireMailRoute(ctx: ServiceContext, field: string): Promise<MailRoute> {
  const route = await mailRouteFor(ctx);
  if (!route) {
    throw new ValidationError(
      `${field}: mail is not set up. Add your mail server in Settings (or start coffeechat with COFFEECHAT_SMTP_URL), or open the draft in your own mail app.`,
      field,
    );
  }
  if (!route.from) {
    throw new ValidationError(
      `${field}: say which address mail comes from, in Settings (or COFFEECHAT_MAIL_FROM).`,
      field,
    );
  }
  return route;
}

/** Sends a short test mail to the sender's own address (or `to`), now. */
export async function sendTestMail(ctx: ServiceContext, raw: MailTestInput): Promise<{ sentTo: string }> {
  const route = await requireMailRoute(ctx, "smtpUrl");
  const to = raw.to?.trim() || (route.from.match(/<([^>]+)>/)?.[1] ?? route.from);
  if (!address.test(to)) throw new ValidationError("to: this is not an e-mail address.", "to");
  const mailer = createMailerFromUrl(route.smtpUrl);
  try {
    await mailer.send({
      from: route.from,
      to,
      subject: "coffeechat test mail",
      text: "This is a test from coffeechat: your mail server works, and requests you send or schedule will go out through it.\n",
    });
  } catch (error) {
    if (error instanceof MailError) throw new ValidationError(`smtpUrl: ${error.message}`, "smtpUrl");
    throw error;
  } finally {
    mailer.close();
  }
  return { sentTo: to };
}
