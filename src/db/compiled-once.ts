// A read whose SQL never changes, only its values: built, scoped to its owner and compiled by Kysely
// once per dialect, then run again with new values. Kysely builds, scopes (src/db/owner-scope.ts)
// and compiles every query anew, which costs more than SQLite takes to find one row; the hottest
// reads (one contact, its tags) skip that. Only for a query whose shape is the same whatever its
// values: no list of values (`in (...)`) and no condition added or left out by a value.
import { type Compilable, CompiledQuery, type Kysely } from "kysely";
import type { ScopedDatabase } from "./owned-tables.js";
import type { Dialect } from "./schema.js";
import type { OwnerScope } from "./scope.js";

/** Where a compiled parameter's value comes from on each run. */
type Source = { arg: number } | { owner: true } | { constant: unknown };

interface Template {
  sql: string;
  sources: Source[];
}

/** Stands for the n-th value while the query is built and compiled. */
const placeholder = (n: number) => `\u0000compiled-once value ${n}\u0000`;

/** Builds the query on `db` for `dialect` (where the SQL of the two differs), with `args` as its values. */
type Build<Args extends string[], Row> = (
  db: Kysely<ScopedDatabase>,
  dialect: Dialect,
  ...args: Args
) => Compilable<Row>;

function compile<Args extends string[]>(
  build: Build<Args, unknown>,
  scope: OwnerScope,
  count: number,
): Template {
  const placeholders = Array.from({ length: count }, (_, n) => placeholder(n)) as Args;
  const { sql, parameters } = build(scope.db, scope.dialect, ...placeholders).compile();
  const sources = parameters.map((value): Source => {
    const arg = placeholders.indexOf(value as string);
    if (arg >= 0) return { arg };
    return value === scope.ownerId ? { owner: true } : { constant: value };
  });
  for (let n = 0; n < count; n++) {
    if (!sources.some((source) => "arg" in source && source.arg === n)) {
      throw new Error(`compiledOnce: value ${n} is not a parameter of the query it builds`);
    }
  }
  return { sql, sources };
}

/** `build`'s query, compiled on first use for each dialect; the function runs it with `args`, for `scope`'s owner. */
export function compiledOnce<Args extends string[], Row>(
  build: Build<Args, Row>,
): (scope: OwnerScope, ...args: Args) => Promise<Row[]> {
  const templates = new Map<string, Template>();
  return async (scope, ...args) => {
    let template = templates.get(scope.dialect);
    if (!template) {
      template = compile(build, scope, args.length);
      templates.set(scope.dialect, template);
    }
    const parameters = template.sources.map((source) =>
      "arg" in source ? args[source.arg] : "owner" in source ? scope.ownerId : source.constant,
    );
    const { rows } = await scope.db.executeQuery<Row>(CompiledQuery.raw(template.sql, parameters));
    return rows;
  };
}
