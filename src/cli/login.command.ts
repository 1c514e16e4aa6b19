// Signing the CLI in to a hosted coffeechat with a personal API token (made in Settings → Account),
// and out again.
import { createInterface } from "node:readline/promises";
import { text } from "node:stream/consumers";
import { Command } from "commander";
import { isServerUrl, loadConfig, type RemoteLogin, serverUrl } from "../config.js";
import { DomainError, ValidationError } from "../core/errors.js";
import { printJson, stdout } from "./output.js";
import { Remote } from "./remote.js";
import { currentSignIn, forgetSignIn, loginFile, saveSignIn } from "./sign-in.js";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** Who the token belongs to, asked of the server; a refused token throws, naming the fix. */
async function whoIs(login: RemoteLogin): Promise<{ name: string; email: string | null }> {
  const remote = new Remote(login);
  const account = await remote.call(remote.api.account.$get());
  if (account.mode !== "hosted") {
    throw new DomainError(
      "not_hosted",
      `${login.url} is a coffeechat in local mode, which has no accounts to sign in to. Without signing in, the commands use this computer's data.`,
    );
  }
  return { name: account.name, email: account.email };
}

/** The token from standard input: piped in whole, or typed (pasted) on one line at a prompt. */
async function tokenFromStdin(): Promise<string> {
  if (!process.stdin.isTTY) return text(process.stdin);
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await prompt.question("Your personal API token (from Settings → Account): ");
  } finally {
    prompt.close();
  }
}

async function readToken(option: string): Promise<string> {
  const token = (option === "-" ? await tokenFromStdin() : option).trim();
  if (!token) {
    throw new ValidationError(
      option === "-" ? "--token -: nothing came on standard input." : "--token: the token is empty.",
      "token",
    );
  }
  if (/\s/.test(token)) throw new ValidationError("--token: a token has no spaces or line breaks.", "token");
  return token;
}

export function loginCommand(): Command {
  return new Command("login")
    .description("work on a hosted coffeechat (a career centre's) with your personal API token")
    .option("--url <address>", "the hosted coffeechat's address, e.g. https://coffeechat.example.edu")
    .option(
      "--token <token>",
      'your personal API token from Settings → Account; "-" reads it from standard input',
    )
    .option("--json", "print JSON: { url, name, email }")
    .addHelpText(
      "after",
      '\nWhile signed in, contacts, conversations, today, search, what-works, import and export work on\nyour account on that server. Your token is kept in login.json in your config folder ($XDG_CONFIG_HOME/coffeechat,\nelse ~/.config/coffeechat), readable only by you. COFFEECHAT_URL and COFFEECHAT_TOKEN in the environment\nwin over it. Without --url and --token, `coffeechat login` says whom you are signed in as.\n\n  echo "$TOKEN" | coffeechat login --url https://coffeechat.example.edu --token -',
    )
    .action(async (options: { url?: string; token?: string; json?: boolean }) => {
      const config = loadConfig();
      const out = stdout(Boolean(options.json));
      if (options.url === undefined && options.token === undefined) {
        const signIn = currentSignIn(config);
        if (!signIn) {
          if (out.json) return printJson(out, null);
          return out.write(
            "Not signed in: the commands use this computer's data. Sign in with `coffeechat login --url ADDRESS --token -`.",
          );
        }
        const who = await whoIs(signIn);
        if (out.json) return printJson(out, { url: signIn.url, ...who });
        const from = signIn.from === "environment" ? " (from COFFEECHAT_URL and COFFEECHAT_TOKEN)" : "";
        return out.write(`Signed in to ${signIn.url} as ${who.email ?? who.name}${from}.`);
      }
      if (options.url === undefined)
        throw new ValidationError("--url: give the hosted coffeechat's address.", "url");
      if (options.token === undefined)
        throw new ValidationError(
          '--token: give your personal API token, or "-" to read it from standard input.',
          "token",
        );
      if (!isServerUrl(options.url.trim())) {
        throw new ValidationError(
          `--url: "${options.url}" is not an address like https://coffeechat.example.edu.`,
          "url",
        );
      }
      const url = serverUrl(options.url);
      const login = { url, token: await readToken(options.token) };
      const who = await whoIs(login);
      const file = saveSignIn(config, login);
      if (out.json) return printJson(out, { url, ...who });
      out.write(`Signed in to ${url} as ${who.email ?? who.name}. Your token is kept in ${file}.`);
      const { protocol, host } = new URL(url);
      if (protocol === "http:" && !LOOPBACK.test(host.replace(/:\d+$/, ""))) {
        process.stderr.write(
          `Note: ${url} is plain http, so your token crosses the network unencrypted; use its https:// address if it has one.\n`,
        );
      }
      if (config.remote) {
        process.stderr.write(
          `Note: COFFEECHAT_URL and COFFEECHAT_TOKEN are set, and win over this sign-in while they are (they name ${config.remote.url}).\n`,
        );
      }
    });
}

export function logoutCommand(): Command {
  return new Command("logout")
    .description("forget the sign-in to a hosted coffeechat: the commands use this computer's data again")
    .option("--json", "print JSON: { signedOut, url }")
    .action((options: { json?: boolean }) => {
      const config = loadConfig();
      const forgotten = forgetSignIn(config);
      const out = stdout(Boolean(options.json));
      if (out.json) {
        printJson(out, { signedOut: forgotten !== undefined, url: forgotten?.url ?? null });
      } else if (forgotten) {
        out.write(
          `Signed out of ${forgotten.url}; the commands use this computer's data again. Your token still works until you revoke it in Settings → Account.`,
        );
      } else {
        out.write(`You were not signed in (nothing in ${loginFile(config)}).`);
      }
      if (config.remote) {
        process.stderr.write(
          `Note: COFFEECHAT_URL and COFFEECHAT_TOKEN are still set, so the commands still go to ${config.remote.url}; unset them to use this computer's data.\n`,
        );
      }
    });
}
