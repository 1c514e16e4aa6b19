// The CLI's sign-in to a hosted coffeechat: its address and the person's API token, kept in a file
// only they can read (the config folder's login.json, mode 0600). COFFEECHAT_URL and
// COFFEECHAT_TOKEN in the environment win over the file, for scripts.
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type Config, ConfigError, isServerUrl, type RemoteLogin } from "../config.js";

export const LOGIN_FILE = "login.json";

const LoginFile = z.object({
  url: z.string().refine(isServerUrl),
  token: z.string().min(1),
});

export function loginFile(config: Pick<Config, "configDir">): string {
  return path.join(config.configDir, LOGIN_FILE);
}

/** Where the sign-in came from: the environment or the file. */
export type SignIn = RemoteLogin & { from: "environment" | "file" };

/** The sign-in kept in the file, if any; a damaged file is reported, never ignored. */
export function storedSignIn(config: Pick<Config, "configDir">): RemoteLogin | undefined {
  const file = loginFile(config);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // Reported below as damaged.
  }
  const parsed = LoginFile.safeParse(data);
  if (!parsed.success) {
    throw new ConfigError(
      `${file} is damaged. Run \`coffeechat logout\` to forget it, or \`coffeechat login\` again.`,
    );
  }
  return parsed.data;
}

/** The hosted server the data commands go to, or undefined for this computer's data. */
export function currentSignIn(config: Pick<Config, "configDir" | "remote">): SignIn | undefined {
  if (config.remote) return { ...config.remote, from: "environment" };
  const stored = storedSignIn(config);
  return stored ? { ...stored, from: "file" } : undefined;
}

/** Keeps the sign-in where only this user can read it (the folder 0700, the file 0600). */
export function saveSignIn(config: Pick<Config, "configDir">, login: RemoteLogin): string {
  const file = loginFile(config);
  mkdirSync(config.configDir, { recursive: true, mode: 0o700 });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify({ url: login.url, token: login.token }, null, 2)}\n`, {
    mode: 0o600,
  });
  // The mode a new file gets can be narrowed by the umask, never widened; set it for certain.
  chmodSync(partial, 0o600);
  renameSync(partial, file);
  return file;
}

/** Forgets the kept sign-in; answers whether there was one. */
export function forgetSignIn(config: Pick<Config, "configDir">): RemoteLogin | undefined {
  let stored: RemoteLogin | undefined;
  try {
    stored = storedSignIn(config);
  } catch {
    // A damaged file is forgotten all the same.
  }
  rmSync(loginFile(config), { force: true });
  return stored;
}
