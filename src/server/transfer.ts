// How responses travel: compressed (gzip or deflate, as the client accepts) when they are large
// enough to gain from it, and API answers never cached (they are one person's live data); the web
// app's hashed assets are cached for a year (see static.ts).
import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

/** Below this many bytes compressing costs more than it saves (applies when the length is known). */
const THRESHOLD = 1024;

export const compression = (): MiddlewareHandler => compress({ threshold: THRESHOLD });

export const apiCachePolicy = (): MiddlewareHandler => async (c, next) => {
  await next();
  if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
};
