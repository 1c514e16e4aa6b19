// Request body limits, enforced while the body streams in (a Content-Length over the limit is
// refused before anything is read; a chunked body is cut off at the limit): memory stays flat.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorBody } from "./errors.js";

const MB = 1024 * 1024;
/** JSON and every other body. */
export const DEFAULT_BODY_LIMIT = 1 * MB;
/** Files sent to POST /api/import/{format}. */
export const IMPORT_BODY_LIMIT = 50 * MB;

const tooLarge = (limit: number, what: string) =>
  bodyLimit({
    maxSize: limit,
    onError: (c) =>
      c.json(
        errorBody("too_large", `${what} is larger than ${limit / MB} MB, the most coffeechat accepts.`),
        413,
      ),
  });

/** Methods whose requests carry no body (asking for one would build a full Request for nothing). */
export const BODILESS = new Set(["GET", "HEAD", "OPTIONS"]);

export function bodyLimits(): MiddlewareHandler {
  const importLimit = tooLarge(IMPORT_BODY_LIMIT, "The file");
  const defaultLimit = tooLarge(DEFAULT_BODY_LIMIT, "The request body");
  return (c, next) => {
    if (BODILESS.has(c.req.method)) return next();
    return c.req.path.startsWith("/api/import/") ? importLimit(c, next) : defaultLimit(c, next);
  };
}
