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
}

export interface MailConfig {
  smtpUrl: string | null;
  from: string | null;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(0, "must be 0-65535")
    .max(65535, "must be 0-65535")
    .default(4545),
  HOST: z
    .string()
    .default("127.0.0.1")
    .refine(
      (host) => LOOPBACK_HOSTS.has(host),
      "local mode listens on 127.0.0.1 only (it has no sign-in); serving other addresses needs the hosted mode, which this version does not have yet",
    ),
  COFFEECHAT_DATA_DIR: z.string().min(1).optional(),
  XDG_DATA_HOME: z.string().optional(),
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
});

export class ConfigError extends Error {}

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
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    mail: { smtpUrl: values.COFFEECHAT_SMTP_URL || null, from: values.COFFEECHAT_MAIL_FROM || null },
  };
}
