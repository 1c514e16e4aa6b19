#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/coffeechat.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("coffeechat is not built yet: run `npm install` (or `npm run build`) in the project folder.");
  process.exit(1);
}
await import(entry.href);
