// Local mode has no sign-in: only the user, on their own machine, may reach the data. This guard
// refuses requests addressed to another name (DNS rebinding: a hostile name that resolves to
// 127.0.0.1) and state-changing requests that a browser sends on behalf of another site.
import type { MiddlewareHandler } from "hono";
import { errorBody } from "./errors.js";

export interface LocalGuardOptions {
  /** The port the server listens on (read per request: with PORT=0 it is known only after listening). */
  port: () => number;
}

const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `127.0.0.1:4545` → { name: "127.0.0.1", port: 4545 }; `[::1]` → { name: "[::1]", port: 80 }. */
export function parseHostHeader(host: string): { name: string; port: number } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!match?.[1]) return undefined;
  return { name: match[1].toLowerCase(), port: match[2] === undefined ? 80 : Number(match[2]) };
}

/** Whether the Host header names this machine's loopback interface and our port. */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const parsed = parseHostHeader(host);
  return parsed !== undefined && LOOPBACK_NAMES.has(parsed.name) && parsed.port === port;
}

/**
 * Why a browser request must be refused, or undefined when it may pass. Requests without
 * `Origin` and `Sec-Fetch-Site` (the CLI, curl, scripts) pass: no web page can send such a
 * state-changing request, since browsers add `Origin` to every cross-origin POST, PUT, PATCH, DELETE.
 */
export function crossSiteRefusal(request: {
  method: string;
  host: string;
  origin: string | undefined;
  fetchSite: string | undefined;
  fetchMode: string | undefined;
  isApi: boolean;
}): string | undefined {
  const changes = STATE_CHANGING.has(request.method.toUpperCase());
  const site = request.fetchSite?.toLowerCase();
  if (site && site !== "same-origin" && site !== "none") {
    if (changes) return `A page of another site (${site}) may not change your data.`;
    // Another site's page may link to the app, but not load the API into itself.
    if (request.isApi && request.fetchMode !== "navigate") return "Another site's page may not read the API.";
  }
  if (changes && request.origin !== undefined && request.origin !== `http://${request.host}`) {
    return `A page from ${request.origin} may not change your data; only coffeechat's own pages may.`;
  }
  return undefined;
}

export function localGuard(options: LocalGuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header("host");
    if (!isLocalHost(host, options.port())) {
      return c.json(
        errorBody(
          "wrong_host",
          `coffeechat answers only at 127.0.0.1:${options.port()} or localhost:${options.port()}, not at ${host ?? "(no Host)"}.`,
        ),
        421,
      );
    }
    const refusal = crossSiteRefusal({
      method: c.req.method,
      host: host as string,
      origin: c.req.header("origin"),
      fetchSite: c.req.header("sec-fetch-site"),
      fetchMode: c.req.header("sec-fetch-mode"),
      isApi: c.req.path.startsWith("/api/"),
    });
    if (refusal) return c.json(errorBody("cross_site", refusal), 403);
    await next();
  };
}
