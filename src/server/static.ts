// Serves the built web app; any path that is not a file gets index.html (client-side routes).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { AppEnv } from "./env.js";

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
  app.use(
    "/assets/*",
    serveStatic({
      root: webDir,
      onFound: (_path, c) => {
        c.header("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.use("*", serveStatic({ root: webDir }));
  app.get("*", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.html(indexHtml);
  });
}
