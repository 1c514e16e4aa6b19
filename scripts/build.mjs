// Builds the server and CLI (one bundle in dist/) and the web app (vite into dist/web).
// Type checking is `npm run check`.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { buildServer } from "./build-server.mjs";

rmSync("dist", { recursive: true, force: true });
await buildServer("dist");
const vite = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], {
  stdio: "inherit",
});
if (vite.status !== 0) process.exit(vite.status ?? 1);
