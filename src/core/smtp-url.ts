// COFFEECHAT_SMTP_URL: where outgoing mail goes, as one URL (smtp:// or smtps://, user and password inside).

export interface SmtpSettings {
  /** TLS from the first byte (smtps://, usually port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  host: string;
  port: number;
  user: string | null;
  password: string | null;
  /** Never upgrade with STARTTLS, even when offered (?ignoreTLS=true; for local test servers). */
  ignoreTls?: boolean;
}

const VARIABLE = "COFFEECHAT_SMTP_URL";
const EXAMPLE = "smtps://me%40example.com:app-password@smtp.example.com:465";
const DEFAULT_PORTS = { smtp: 587, smtps: 465 } as const;
const MASK = "••••";

function problem(what: string): Error {
  return new Error(`${VARIABLE} ${what} (for example ${EXAMPLE})`);
}

function decodePart(value: string, name: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw problem(`has a broken %-escape in the ${name}; write @ as %40, : as %3A and % as %25`);
  }
}

function parseIgnoreTls(search: URLSearchParams, secure: boolean): boolean {
  let ignoreTls = false;
  for (const [key, value] of search) {
    if (key !== "ignoreTLS") {
      throw problem(`has an unknown option "${key}"; the only option is ?ignoreTLS=true`);
    }
    if (!/^(true|false)$/i.test(value)) {
      throw problem("has ignoreTLS set to something other than true or false");
    }
    ignoreTls = value.toLowerCase() === "true";
  }
  if (ignoreTls && secure) {
    throw problem("has ?ignoreTLS=true with smtps://, which always uses TLS; use smtp:// to skip TLS");
  }
  return ignoreTls;
}

function parseHost(hostname: string): string {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  const decoded = decodePart(bare, "host name");
  if (bare !== hostname) return decoded.toLowerCase();
  return asciiHostName(decoded) || decoded.toLowerCase();
}

/** The host name as DNS spells it ("bücher.example" is "xn--bcher-kva.example"), or "" if invalid. */
function asciiHostName(name: string): string {
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return "";
  }
}

/**
 * Reads smtp://user:password@host:port (default port 587, STARTTLS when the server offers it) or
 * smtps://user:password@host:port (TLS from the start, default port 465). The user and password are
 * percent-decoded (an address as user name is written me%40example.com). The only query option is
 * ?ignoreTLS=true (smtp:// only). Errors say what is wrong and never repeat the URL, which may hold a password.
 */
export function parseSmtpUrl(url: string): SmtpSettings {
  const text = url.trim();
  if (text === "") throw problem("is empty");
  const scheme = /^(smtps?):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== "smtp" && scheme !== "smtps") {
    throw problem("must start with smtp:// or smtps://");
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw problem(
      "is not a valid URL; check the port is a number from 1 to 65535, and write @ in the user name or password as %40, : as %3A, / as %2F, ? as %3F and # as %23",
    );
  }
  if (parsed.hostname === "") throw problem("has no host name");
  if (parsed.pathname !== "" && parsed.pathname !== "/") {
    throw problem(
      "must not have a path after the host and port; if the password has / ? or # in it, write them as %2F %3F %23",
    );
  }
  if (parsed.hash !== "")
    throw problem("must not have a #fragment; if the password has # in it, write it as %23");
  const secure = scheme === "smtps";
  const ignoreTls = parseIgnoreTls(parsed.searchParams, secure);
  const port = parsed.port === "" ? DEFAULT_PORTS[scheme] : Number(parsed.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw problem("has a port outside 1-65535");
  }
  const user = parsed.username === "" ? null : decodePart(parsed.username, "user name");
  const password = parsed.password === "" ? null : decodePart(parsed.password, "password");
  if (user !== null && password === null) {
    throw problem("has a user name but no password; write user:password@host");
  }
  if (user === null && password !== null) throw problem("has a password but no user name");
  const settings: SmtpSettings = { secure, host: parseHost(parsed.hostname), port, user, password };
  if (ignoreTls) settings.ignoreTls = true;
  return settings;
}

/**
 * The URL with the password replaced by •••• (and any query value but ignoreTLS), for settings pages and
 * logs. Works on text alone, so a URL that does not parse is masked too: everything between the first ":"
 * after the scheme and the last "@" is treated as the password, and so is a "port" that is not a number.
 */
export function redactSmtpUrl(url: string): string {
  const text = url.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? "";
  const rest = text.slice(scheme.length);
  const at = rest.lastIndexOf("@");
  let userinfo = "";
  let address = rest;
  if (at >= 0) {
    const credentials = rest.slice(0, at);
    const colon = credentials.indexOf(":");
    userinfo = colon >= 0 ? `${credentials.slice(0, colon)}:${MASK}@` : `${credentials}@`;
    address = rest.slice(at + 1);
  }
  // Without an "@" a password can only hide where the port should be.
  const authority = /^(\[[^\]]*\]|[^:/?#]*)(?::([^/?#]*))?/.exec(address);
  const port = authority?.[2];
  if (authority && port !== undefined && !/^\d*$/.test(port)) {
    address = `${authority[1]}:${MASK}${address.slice(authority[0].length)}`;
  }
  const question = address.indexOf("?");
  if (question >= 0) {
    const query = address
      .slice(question + 1)
      .split("&")
      .map((pair) => {
        const equals = pair.indexOf("=");
        const key = equals >= 0 ? pair.slice(0, equals) : pair;
        return equals < 0 || key === "ignoreTLS" ? pair : `${key}=${MASK}`;
      })
      .join("&");
    address = `${address.slice(0, question)}?${query}`;
  }
  return `${scheme}${userinfo}${address}`;
}
