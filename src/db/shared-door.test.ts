// The one way around the owner scope: `OwnerScope.shared` reads what a centre shares on purpose (the
// alumni directory), and the count cache reads the owner's own data-version row by the owner's id
// (PostgreSQL). This keeps it to those two places. And SQL that Kysely has already compiled skips the
// owner scope's check: it runs only from src/db/compiled-once.ts, which compiles it through that scope.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "..");
const ALLOWED = new Set(["db/scope.ts", "db/alumni.repository.ts", "db/count-cache.ts"]);
/** `scope.shared`, `this.scope.shared`, or `{ shared } = scope`. */
const USES_SHARED = /\.shared\b|\{[^}]*\bshared\b[^}]*\}\s*=\s*[\w.]*scope\b/i;
/** Running SQL compiled beforehand, or compiling it from text. */
const RUNS_COMPILED = /\bexecuteQuery\s*[<(]|\bCompiledQuery\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the unscoped door", () => {
  it("is used by the alumni directory's repository and the count cache alone", () => {
    const users = sources(SRC)
      .filter((file) => USES_SHARED.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(SRC, file).split(path.sep).join("/"))
      .filter((file) => !ALLOWED.has(file));
    expect(users).toEqual([]);
  });

  it("runs already compiled SQL only where it was compiled through the owner scope", () => {
    const users = sources(SRC)
      .filter((file) => RUNS_COMPILED.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(SRC, file).split(path.sep).join("/"));
    expect(users).toEqual(["db/compiled-once.ts"]);
  });
});
