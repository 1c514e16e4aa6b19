// Accounts in hosted mode, on better-auth: sign-up (can be closed), e-mail and password sign-in,
// sessions in the database, sign-out, password reset by mail through the server's SMTP settings,
// sign-in attempts limited per address (counted in the database, so every instance agrees), and
// single sign-on through the centre's OpenID Connect provider. Its tables are ours (users,
// auth_sessions, auth_accounts, auth_verifications, auth_rate_limits), mapped field by field.

import { kyselyAdapter } from "@better-auth/kysely-adapter";
import { betterAuth } from "better-auth";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import type { HostedConfig, MailConfig } from "../config.js";
import type { Db } from "../db/connect.js";
import { newId } from "../db/ids.js";
import { createMailerFromUrl } from "../integrations/smtp-mailer.js";

/** The id of the centre's identity provider in sign-in URLs (/api/auth/sign-in/oauth2). */
export const SSO_PROVIDER_ID = "centre";

/** At most this many sign-in attempts per address and minute. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 5;

export interface AuthOptions {
  db: Db;
  hosted: HostedConfig;
  mail: MailConfig;
  /** The user's time zone when the browser does not tell. */
  timeZone: string;
}

async function sendResetMail(mail: MailConfig, to: string, url: string): Promise<void> {
  if (!mail.smtpUrl || !mail.from) {
    console.error(
      "A password reset was asked for, but COFFEECHAT_SMTP_URL and COFFEECHAT_MAIL_FROM are not set.",
    );
    return;
  }
  const mailer = createMailerFromUrl(mail.smtpUrl);
  try {
    await mailer.send({
      from: mail.from,
      to,
      subject: "Choose a new coffeechat password",
      text:
        "Someone (we hope you) asked to choose a new password for your coffeechat account.\n\n" +
        `Open this link within the hour to choose it:\n${url}\n\n` +
        "If it was not you, ignore this mail: your password stays as it is.\n",
    });
  } finally {
    mailer.close();
  }
}

export function createAuth(options: AuthOptions) {
  const { hosted, mail } = options;
  const secure = hosted.publicUrl.startsWith("https://");
  return betterAuth({
    appName: "coffeechat",
    baseURL: hosted.publicUrl,
    basePath: "/api/auth",
    secret: hosted.secret,
    trustedOrigins: [new URL(hosted.publicUrl).origin],
    // No `type`: the adapter then hands dates and flags over as ISO strings and 0/1, the way our
    // schema keeps them on both databases.
    database: kyselyAdapter(options.db.kysely, { transaction: false }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: !hosted.signUp,
      minPasswordLength: 10,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, url }) => sendResetMail(mail, user.email, url),
    },
    user: {
      modelName: "users",
      fields: { emailVerified: "email_verified", createdAt: "created_at", updatedAt: "updated_at" },
      additionalFields: {
        timeZone: {
          type: "string",
          fieldName: "time_zone",
          required: false,
          input: false,
          defaultValue: options.timeZone,
        },
        intro: { type: "string", required: false, input: false, defaultValue: "" },
        settings: { type: "string", required: false, input: false, defaultValue: "{}" },
        isLocal: { type: "number", fieldName: "is_local", required: false, input: false, defaultValue: 0 },
      },
    },
    session: {
      modelName: "auth_sessions",
      fields: {
        userId: "owner_id",
        expiresAt: "expires_at",
        ipAddress: "ip_address",
        userAgent: "user_agent",
        createdAt: "created_at",
        updatedAt: "updated_at",
      },
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
    },
    account: {
      modelName: "auth_accounts",
      fields: {
        userId: "owner_id",
        accountId: "account_id",
        providerId: "provider_id",
        accessToken: "access_token",
        refreshToken: "refresh_token",
        idToken: "id_token",
        accessTokenExpiresAt: "access_token_expires_at",
        refreshTokenExpiresAt: "refresh_token_expires_at",
        createdAt: "created_at",
        updatedAt: "updated_at",
      },
    },
    verification: {
      modelName: "auth_verifications",
      fields: { expiresAt: "expires_at", createdAt: "created_at", updatedAt: "updated_at" },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "auth_rate_limits",
      fields: { lastRequest: "last_request" },
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE },
        "/sign-up/email": { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE },
        "/request-password-reset": { window: 60, max: 3 },
      },
    },
    advanced: {
      useSecureCookies: secure,
      cookiePrefix: "coffeechat",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
      database: { generateId: () => newId() },
    },
    telemetry: { enabled: false },
    plugins: hosted.oidc
      ? [
          genericOAuth({
            config: [
              {
                providerId: SSO_PROVIDER_ID,
                name: hosted.oidc.name,
                discoveryUrl: `${hosted.oidc.issuer}/.well-known/openid-configuration`,
                clientId: hosted.oidc.clientId,
                clientSecret: hosted.oidc.clientSecret,
                scopes: ["openid", "email", "profile"],
                pkce: true,
              },
            ],
          }),
        ]
      : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
