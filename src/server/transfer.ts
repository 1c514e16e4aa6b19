// How responses travel: compressed (gzip or deflate, as the client accepts) when they are large
// enough to gain from it, and API answers never cached (they are one person's live data); the web
// app's hashed assets are cached for a year (see static.ts).
// Headers are added to the finished response itself: Hono's `c.header` after the handler copies
// the response through a stream, which the Node server then sends in pieces instead of at once.
import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

/** Below this many bytes compressing costs more than it saves (applies when the length is known). */
const THRESHOLD = 1024;

/** Sets a header on the finished response (a copy's when it is one whose headers cannot change). */
function setOnResponse(c: Parameters<MiddlewareHandler>[0], name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}

export const compression = (): MiddlewareHandler => {
  const compressing = compress({ threshold: THRESHOLD });
  return async (c, next) => {
    if (c.req.header("Accept-Encoding")) return compressing(c, next);
    await next();
    // A shared cache must not hand this plain answer to a client that asks for a compressed one.
    const vary = c.res.headers.get("Vary");
    if (vary === null) setOnResponse(c, "Vary", "Accept-Encoding");
    else if (vary !== "*" && !/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) {
      setOnResponse(c, "Vary", `${vary}, Accept-Encoding`);
    }
  };
};

export const apiCachePolicy = (): MiddlewareHandler => async (c, next) => {
  await next();
  if (!c.res.headers.has("Cache-Control")) setOnResponse(c, "Cache-Control", "no-store");
};
