// Refuses NUL characters at the HTTP boundary (path, query, JSON body) with 400 naming the field,
// so the answer is the same on SQLite and PostgreSQL (which cannot store U+0000 in text).
import type { MiddlewareHandler } from "hono";
import { findNul, nulMessage } from "../core/nul.js";
import { BODILESS } from "./body-limits.js";
import { errorBody } from "./errors.js";

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function nulInUrl(rawUrl: string): string | undefined {
  const url = new URL(rawUrl);
  if (decoded(url.pathname).includes("\u0000")) return "path";
  for (const [key, value] of url.searchParams) {
    if (key.includes("\u0000") || value.includes("\u0000")) return key.replaceAll("\u0000", "") || "query";
  }
  return undefined;
}

async function nulInJsonBody(c: Parameters<MiddlewareHandler>[0]): Promise<string | undefined> {
  if (BODILESS.has(c.req.method)) return undefined;
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json/i.test(type) || !c.req.raw.body) return undefined;
  // Imports check their files themselves (a JSON backup is parsed once, there).
  if (c.req.path.startsWith("/api/import/")) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return undefined; // malformed JSON: the route's validation answers 400
  }
  return findNul(body);
}

export function nulGuard(): MiddlewareHandler {
  return async (c, next) => {
    const field = nulInUrl(c.req.url) ?? (await nulInJsonBody(c));
    if (field !== undefined) return c.json(errorBody("validation_failed", nulMessage(field), field), 400);
    await next();
  };
}
