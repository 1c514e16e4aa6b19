// The only reader of process.env: parses the environment once and reports every bad variable.
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { parseSmtpUrl } from "./core/smtp-url.js";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  sqliteFile: string;
  databaseUrl: string | undefined;
  /** The machine's time zone, the local user's default. */
  timeZone: string;
  /** The mail server for everyone who has not set their own in Settings. */
  mail: MailConfig;
  /** `local`: one person on their own machine, no sign-in. `hosted`: accounts on a server. */
  mode: "local" | "hosted";
  /** Hosted mode only: how people sign in. */
  hosted: HostedConfig | undefined;
  /** Where the CLI keeps what it needs between runs (the sign-in to a hosted server). */
  configDir: string;
  /** The CLI's sign-in from COFFEECHAT_URL and COFFEECHAT_TOKEN; it wins over the one kept in configDir. */
  remote: RemoteLogin | undefined;
}

/** A hosted server the CLI works with instead of this computer's data, and the personal API token. */
export interface RemoteLogin {
  /** e.g. https://coffeechat.example.edu (no trailing /). */
  url: string;
  token: string;
}

export interface HostedConfig {
  /** The address people reach the app at, e.g. https://coffeechat.example.edu (no trailing /). */
  publicUrl: string;
  /** Signs session cookies and encrypts what sign-in keeps; at least 32 characters. */
  secret: string;
  /** Whether anyone may create an account (false: accounts come from the identity provider only). */
  signUp: boolean;
  /** The centre's OpenID Connect identity provider, when single sign-on is set up. */
  oidc: OidcConfig | undefined;
}

export interface OidcConfig {
  /** e.g. https://login.example.edu; its /.well-known/openid-configuration is read at start. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's text: "Sign in with <name>". */
  name: string;
}

export interface MailConfig {
  smtpUrl: string | null;
  from: string | null;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

const EnvSchema = z
  .object({
    PORT: z.coerce
      .number({ error: "must be a port number" })
      .int("must be a whole number")
      .min(0, "must be 0-65535")
      .max(65535, "must be 0-65535")
      .default(4545),
    HOST: z.string().default("127.0.0.1"),
    COFFEECHAT_MODE: z.enum(["local", "hosted"], { error: "must be local or hosted" }).default("local"),
    COFFEECHAT_PUBLIC_URL: z
      .string()
      .trim()
      .refine((url) => url === "" || /^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(url), {
        message: "must be the app's address, e.g. https://coffeechat.example.edu",
      })
      .optional(),
    COFFEECHAT_SECRET: z
      .string()
      .refine(
        (secret) => secret === "" || secret.length >= 32,
        "must be at least 32 characters (e.g. openssl rand -hex 32)",
      )
      .optional(),
    COFFEECHAT_SIGN_UP: z.enum(["open", "closed"], { error: "must be open or closed" }).default("open"),
    COFFEECHAT_OIDC_ISSUER: z.string().trim().optional(),
    COFFEECHAT_OIDC_CLIENT_ID: z.string().trim().optional(),
    COFFEECHAT_OIDC_CLIENT_SECRET: z.string().optional(),
    COFFEECHAT_OIDC_NAME: z.string().trim().optional(),
    COFFEECHAT_DATA_DIR: z.string().min(1).optional(),
    COFFEECHAT_URL: z
      .string()
      .trim()
      .refine((url) => url === "" || isServerUrl(url), {
        message: "must be the address of a hosted coffeechat, e.g. https://coffeechat.example.edu",
      })
      .optional(),
    COFFEECHAT_TOKEN: z.string().trim().optional(),
    XDG_DATA_HOME: z.string().optional(),
    XDG_CONFIG_HOME: z.string().optional(),
    HOME: z.string().optional(),
    DATABASE_URL: z
      .string()
      .refine(
        (url) => /^postgres(ql)?:\/\/.+/.test(url),
        "must be a postgres://user:password@host:port/database URL",
      )
      .optional()
      .or(z.literal("").transform(() => undefined)),
    COFFEECHAT_SMTP_URL: z
      .string()
      .trim()
      .superRefine((url, ctx) => {
        if (url === "") return;
        try {
          parseSmtpUrl(url);
        } catch (error) {
          ctx.addIssue({
            code: "custom",
            message: (error as Error).message.replace(/^COFFEECHAT_SMTP_URL /, ""),
          });
        }
      })
      .optional(),
    COFFEECHAT_MAIL_FROM: z
      .string()
      .trim()
      .refine((from) => from === "" || /^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(from), {
        message: 'must be an e-mail address, e.g. ada@example.org or "Ada Lovelace <ada@example.org>"',
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    const need = (name: keyof typeof env, why: string) => {
      if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: why });
    };
    if (env.COFFEECHAT_URL && !env.COFFEECHAT_TOKEN)
      need("COFFEECHAT_TOKEN", "is required with COFFEECHAT_URL: your personal API token from Settings");
    if (env.COFFEECHAT_TOKEN && !env.COFFEECHAT_URL)
      need("COFFEECHAT_URL", "is required with COFFEECHAT_TOKEN: the hosted coffeechat's address");
    if (env.COFFEECHAT_MODE === "local") {
      if (!LOOPBACK_HOSTS.has(env.HOST)) {
        ctx.addIssue({
          code: "custom",
          path: ["HOST"],
          message:
            "local mode listens on 127.0.0.1 only (it has no sign-in); to serve other addresses, run the hosted mode (COFFEECHAT_MODE=hosted)",
        });
      }
      return;
    }
    need("DATABASE_URL", "is required in hosted mode: a postgres://user:password@host:port/database URL");
    need(
      "COFFEECHAT_PUBLIC_URL",
      "is required in hosted mode: the address people open, e.g. https://coffeechat.example.edu",
    );
    need(
      "COFFEECHAT_SECRET",
      "is required in hosted mode: at least 32 random characters (e.g. openssl rand -hex 32)",
    );
    const oidc = [
      "COFFEECHAT_OIDC_ISSUER",
      "COFFEECHAT_OIDC_CLIENT_ID",
      "COFFEECHAT_OIDC_CLIENT_SECRET",
    ] as const;
    if (oidc.some((name) => env[name])) {
      for (const name of oidc)
        need(name, "is required for single sign-on, with the other COFFEECHAT_OIDC_ variables");
    }
  });

export class ConfigError extends Error {}

/** An http(s) address of a server, with an optional path and no query (where a hosted coffeechat is). */
export function isServerUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.search && !url.hash && !!url.host;
  } catch {
    return false;
  }
}

/** The address as kept: without the trailing slash. */
export function serverUrl(text: string): string {
  return text.trim().replace(/\/+$/, "");
}

export function defaultConfigDir(env: {
  XDG_CONFIG_HOME?: string | undefined;
  HOME?: string | undefined;
}): string {
  if (env.XDG_CONFIG_HOME) return path.join(env.XDG_CONFIG_HOME, "coffeechat");
  return path.join(env.HOME ?? os.homedir(), ".config", "coffeechat");
}

export function defaultDataDir(env: {
  XDG_DATA_HOME?: string | undefined;
  HOME?: string | undefined;
}): string {
  if (env.XDG_DATA_HOME) return path.join(env.XDG_DATA_HOME, "coffeechat");
  return path.join(env.HOME ?? os.homedir(), ".local", "share", "coffeechat");
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Some settings in the environment are wrong:\n${lines.join("\n")}`);
  }
  const values = parsed.data;
  const dataDir = path.resolve(values.COFFEECHAT_DATA_DIR ?? defaultDataDir(values));
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    sqliteFile: path.join(dataDir, "coffeechat.sqlite"),
    databaseUrl: values.DATABASE_URL,
    // Asked for when first needed: the first Intl call loads the machine's locale and time zone
    // data, which a start on an existing database does not need before it answers.
    get timeZone() {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    },
    mail: { smtpUrl: values.COFFEECHAT_SMTP_URL || null, from: values.COFFEECHAT_MAIL_FROM || null },
    mode: values.COFFEECHAT_MODE,
    hosted: values.COFFEECHAT_MODE === "hosted" ? hostedConfig(values) : undefined,
    configDir: path.resolve(defaultConfigDir(values)),
    remote:
      values.COFFEECHAT_URL && values.COFFEECHAT_TOKEN
        ? { url: serverUrl(values.COFFEECHAT_URL), token: values.COFFEECHAT_TOKEN }
        : undefined,
  };
}

function hostedConfig(values: z.infer<typeof EnvSchema>): HostedConfig {
  const issuer = values.COFFEECHAT_OIDC_ISSUER;
  return {
    publicUrl: (values.COFFEECHAT_PUBLIC_URL ?? "").replace(/\/+$/, ""),
    secret: values.COFFEECHAT_SECRET ?? "",
    signUp: values.COFFEECHAT_SIGN_UP === "open",
    oidc: issuer
      ? {
          issuer: issuer.replace(/\/+$/, ""),
          clientId: values.COFFEECHAT_OIDC_CLIENT_ID ?? "",
          clientSecret: values.COFFEECHAT_OIDC_CLIENT_SECRET ?? "",
          name: values.COFFEECHAT_OIDC_NAME || "your institution",
        }
      : undefined,
  };
}
