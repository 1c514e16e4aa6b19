import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The project folder: src/ and dist/ both sit one level below it. */
export const packageRoot = fileURLToPath(new URL("../", import.meta.url));

export const webDir = fileURLToPath(new URL("../dist/web", import.meta.url));

export const version: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;
