// The address coffeechat hands out in absolute links (the calendar feed, links in events): built
// from configuration, never from the request's Host header, which a hostile page can choose.

/** e.g. http://127.0.0.1:4545, or http://[::1]:4545. */
export function publicUrlOf(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** What in-process callers (tests, scripts) get when they do not say: the default address. */
export const DEFAULT_PUBLIC_URL = publicUrlOf("127.0.0.1", 4545);

const PRIVATE_V4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./];

/**
 * Whether a calendar service on the internet (Google Calendar, Outlook on the web) could fetch this
 * address: not this machine, not a private network, not a name only the local network knows.
 */
export function isReachableFromInternet(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  } catch {
    return false;
  }
  if (host.includes(":")) return !(host === "::1" || host === "::" || /^(fc|fd|fe80)/.test(host));
  if (PRIVATE_V4.some((range) => range.test(host))) return false;
  if (!host.includes(".")) return false;
  return !/\.(local|localhost|internal|lan|home)$/.test(host);
}
