// What `coffeechat serve` loads before it answers: the built bundle's import graph from the entry
// through the serve command to the server, without the code that only some requests or hosted mode
// need (those load on first use). Reads the build in dist/ (`npm run build` first).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const read = (file: string) => readFileSync(path.join(dist, file), "utf8");
const staticImports = (source: string) =>
  [...source.matchAll(/^import\s[^;]*?["']\.\/(chunk-\w+\.js)["']/gm)].map((m) => m[1] as string);
const dynamicImports = (source: string) =>
  [...source.matchAll(/import\(["']\.\/(chunk-\w+\.js)["']\)/g)].map((m) => m[1] as string);

/** The files a start of `serve` in local mode evaluates, each with its source. */
function serveStartFiles(): Map<string, string> {
  const loaded = new Map<string, string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    const source = read(file);
    loaded.set(file, source);
    for (const next of staticImports(source)) visit(next);
  };
  const entry = read("coffeechat.js");
  const command = /serve: async \(\) => \[\(await import\(["']\.\/(chunk-\w+\.js)["']\)\)/.exec(entry)?.[1];
  if (!command) throw new Error("The bundle's entry has no serve command.");
  visit("coffeechat.js");
  visit(command);
  // The serve command loads the server when it runs; the server itself loads sign-in in hosted mode only.
  for (const server of dynamicImports(read(command))) visit(server);
  return loaded;
}

/** The npm packages (and zod's message languages) bundled into these files. */
function packagesIn(files: Map<string, string>): Set<string> {
  const found = new Set<string>();
  for (const source of files.values()) {
    for (const m of source.matchAll(
      /^\/\/ (?:\.\.\/)*node_modules\/((?:@[^/]+\/)?[^/\n]+)(\/v4\/locales\/\w+)?/gm,
    ))
      found.add(`${m[1]}${m[2] ?? ""}`);
  }
  return found;
}

describe("what the server loads to start", () => {
  let packages: Set<string>;
  beforeAll(() => {
    if (!existsSync(path.join(dist, "coffeechat.js"))) throw new Error("Run `npm run build` first.");
    packages = packagesIn(serveStartFiles());
  });

  it("loads the web server, the API's schemas and the database layer", () => {
    for (const name of ["hono", "@hono/node-server", "@hono/zod-openapi", "zod", "kysely", "commander"])
      expect(packages).toContain(name);
  });

  it("leaves sign-in, import, export and calendar files to when they are used", () => {
    const unused = [
      "better-auth",
      "@better-auth/core",
      "jose",
      "csv-parse",
      "csv-stringify",
      "fflate",
      "ical-generator",
    ];
    expect(unused.filter((name) => packages.has(name))).toEqual([]);
  });

  it("keeps zod's English messages only", () => {
    const languages = [...packages].filter((name) => name.startsWith("zod/v4/locales/"));
    expect(languages.filter((name) => name !== "zod/v4/locales/index")).toEqual(["zod/v4/locales/en"]);
  });
});
