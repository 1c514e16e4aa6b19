// Serves the built web app; any path that is not a file gets index.html (client-side routes).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono, MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.js";

/** Vite names every file of assets/ by its content's hash: a new build is a new name. */
const HASHED = "public, max-age=31536000, immutable";
/** index.html and the unhashed files of public/: asked again (a cheap 304) on every visit. */
const REVALIDATE = "no-cache";

/** Sets Cache-Control on what the handlers after it serve (serveStatic's onFound comes too late). */
function cacheControl(value: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set("Cache-Control", value);
  };
}

export function serveWebApp(app: Hono<AppEnv>, webDir: string): void {
  const indexFile = path.join(webDir, "index.html");
  if (!existsSync(indexFile)) {
    app.get("*", (c) =>
      c.text(
        "The web app is not built: run `npm run build` in the coffeechat folder, then start again.",
        503,
      ),
    );
    return;
  }
  const indexHtml = readFileSync(indexFile, "utf8");
  app.use("/assets/*", cacheControl(HASHED), serveStatic({ root: webDir }));
  // A chunk of another build is missing, not a page: no index.html in its place.
  app.get("/assets/*", (c) => c.notFound());
  app.use("*", cacheControl(REVALIDATE), serveStatic({ root: webDir }));
  app.get("*", (c) => c.html(indexHtml));
}
