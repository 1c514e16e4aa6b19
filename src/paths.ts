import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder: the nearest folder above this module with our package.json (src/ when
 * run from source, dist/ when built into one bundle). */
function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("coffeechat cannot find its package.json");
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();

export const webDir = path.join(packageRoot, "dist", "web");

export const version: string = (
  JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as { version: string }
).version;
