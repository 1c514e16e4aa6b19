// The address coffeechat hands out in absolute links (the calendar feed, links in events): built
// from configuration, never from the request's Host header, which a hostile page can choose.

/** e.g. http://127.0.0.1:4545, or http://[::1]:4545. */
export function publicUrlOf(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** What in-process callers (tests, scripts) get when they do not say: the default address. */
export const DEFAULT_PUBLIC_URL = publicUrlOf("127.0.0.1", 4545);
