// Builds the server and CLI (tsc into dist/) and the web app (vite into dist/web).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync("dist", { recursive: true, force: true });
run(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"]);
run(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"]);
