// Search everything at scale: p50/p99 of the search service (bounded candidates, ranked in core)
// against the raw engine query (FTS5 ranked by bm25 over every match) on the same file, same run.
// Queries: typical words, a very common word, two common words, one- and two-letter beginnings, a
// word in no record. With a PostgreSQL server (--postgres URL), the same data is copied into a
// database of its own there and the same queries are timed against a raw tsvector query ranked by
// ts_rank over every match.

import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type SQLite from "better-sqlite3";
import { sql } from "kysely";
import { fillStatements } from "../src/db/migrations/20261208T0100-search-documents.js";
import { tsQuery } from "../src/db/search.repository.js";
import type { ServiceContext } from "../src/services/context.js";
import { openRuntime } from "../src/services/runtime.js";
import { queryWords, search } from "../src/services/search.service.js";
import { generateInto } from "./generate.js";
import { copyIntoPostgres, dropBenchDatabase } from "./postgres-copy.js";

export interface SearchBenchRow {
  query: string;
  kind: "typical" | "any";
  hits: number;
  oursP50: number;
  oursP99: number;
  rawP50: number;
  rawP99: number;
  targetP99: number;
}

const QUERIES: { q: string; kind: "typical" | "any" }[] = [
  { q: "scientist", kind: "typical" },
  { q: "robotics meetup", kind: "typical" },
  { q: "lovelace", kind: "typical" },
  { q: "manag", kind: "typical" },
  { q: "talked", kind: "any" },
  { q: "robotics lead", kind: "any" },
  { q: "robotics scientist", kind: "any" },
  { q: "work", kind: "any" },
  { q: "t", kind: "any" },
  { q: "wo", kind: "any" },
  { q: "zzyzx", kind: "any" },
];

/** p50 and p99 of `runs` timed calls, after `warm` untimed ones (as the route bench warms up). */
async function percentiles(runs: number, action: () => unknown, warm = 10): Promise<[number, number]> {
  for (let i = 0; i < warm; i++) await action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? 0;
  return [at(0.5), at(0.99)];
}

/**
 * Each query's row: our search's hits and p50/p99, and the raw query's, timed by `raw` with fewer
 * runs for the slow kinds (`slow`: a one- or two-letter query, or a query of any kind).
 */
async function queryRows(
  ctx: ServiceContext,
  runs: number,
  raw: (q: string, runs: number, slow: boolean) => Promise<[number, number]>,
): Promise<SearchBenchRow[]> {
  const rows: SearchBenchRow[] = [];
  for (const { q, kind } of QUERIES) {
    const hits = (await search(ctx, { q, limit: 20 })).items.length;
    const [oursP50, oursP99] = await percentiles(runs, () => search(ctx, { q, limit: 20 }));
    const slow = q.length <= 2 || kind === "any";
    const [rawP50, rawP99] = await raw(q, slow ? Math.max(5, Math.floor(runs / 10)) : runs, slow);
    rows.push({
      query: q,
      kind,
      hits,
      oursP50,
      oursP99,
      rawP50,
      rawP99,
      targetP99: kind === "typical" ? 20 : 100,
    });
  }
  return rows;
}

function ftsText(q: string): string {
  const words = q.split(" ");
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

export async function benchSearch(
  work: string,
  sizes: { contacts: number; notes: number },
  runs = 100,
  reuse?: string,
  postgresUrl?: string,
): Promise<{
  generateSeconds: number;
  reused: boolean;
  rows: SearchBenchRow[];
  postgres?: { copySeconds: number; rows: SearchBenchRow[] };
}> {
  const sqliteFile = reuse ? path.resolve(reuse) : path.join(work, "search", "coffeechat.sqlite");
  const reused = reuse !== undefined && existsSync(sqliteFile);
  mkdirSync(path.dirname(sqliteFile), { recursive: true });
  const runtime = await openRuntime({ databaseUrl: undefined, sqliteFile, timeZone: "UTC" });
  let generateSeconds = 0;
  const rows: SearchBenchRow[] = [];
  try {
    const raw = runtime.db.sqlite as SQLite.Database;
    const owner = runtime.local.user.id;
    const started = performance.now();
    if (!reused) generate(raw, owner, sizes);
    else {
      const notes = (raw.prepare("select count(*) as n from interactions").get() as { n: number }).n;
      if (notes !== sizes.notes) console.warn(`${sqliteFile} holds ${notes} notes, not ${sizes.notes}`);
    }
    generateSeconds = (performance.now() - started) / 1000;
    const engine = raw.prepare(
      `select d.kind, d.record_id, snippet(search_fts, 1, '[', ']', '…', 12) as snippet
       from search_fts join search_documents d on d.id = search_fts.rowid
       where search_fts match ? and d.owner_id = ? order by rank limit 20`,
    );
    rows.push(
      ...(await queryRows(runtime.local, runs, (q, rawRuns, slow) =>
        percentiles(rawRuns, () => engine.all(ftsText(q), owner), slow ? 1 : 10),
      )),
    );
  } finally {
    await runtime.close();
  }
  if (!postgresUrl) return { generateSeconds, reused, rows };
  return { generateSeconds, reused, rows, postgres: await benchPostgres(postgresUrl, sqliteFile, runs) };
}

const POSTGRES_NAME = "coffeechat_search_bench";

/** The same queries on the same data copied into PostgreSQL, against a raw ts_rank query. */
async function benchPostgres(
  serverUrl: string,
  sqliteFile: string,
  runs: number,
): Promise<{ copySeconds: number; rows: SearchBenchRow[] }> {
  const began = performance.now();
  const databaseUrl = await copyIntoPostgres(serverUrl, sqliteFile, POSTGRES_NAME);
  const copySeconds = (performance.now() - began) / 1000;
  const runtime = await openRuntime({ databaseUrl, sqliteFile: "", timeZone: "UTC" });
  try {
    const db = runtime.db.kysely;
    const owner = runtime.local.user.id;
    const engine = (q: string) =>
      sql`select kind, record_id from search_documents
        where owner_id = ${owner} and document @@ to_tsquery('simple', ${tsQuery(queryWords(q))})
        order by ts_rank(document, to_tsquery('simple', ${tsQuery(queryWords(q))})) desc limit 20`.execute(
        db,
      );
    const rows = await queryRows(runtime.local, runs, async (q, rawRuns) =>
      q.length < 2 ? [Number.NaN, Number.NaN] : percentiles(rawRuns, () => engine(q)),
    );
    return { copySeconds, rows };
  } finally {
    await runtime.close();
    await dropBenchDatabase(serverUrl, POSTGRES_NAME);
  }
}

/** Writes the people, conversations and notes, and indexes them once, as a large import would. */
function generate(raw: SQLite.Database, owner: string, sizes: { contacts: number; notes: number }): void {
  // The index's triggers set aside while writing, the index built once at the end.
  const triggers = raw
    .prepare("select name, sql from sqlite_master where type = 'trigger' and name like 'search_%'")
    .all() as { name: string; sql: string }[];
  for (const t of triggers) raw.exec(`drop trigger "${t.name}"`);
  generateInto(raw, owner, sizes);
  raw.transaction(() => {
    for (const statement of fillStatements("sqlite")) raw.exec(statement);
    raw.exec("insert into search_fts (search_fts) values ('rebuild')");
  })();
  for (const t of triggers) raw.exec(t.sql);
  // Conversations get notes too, so the notes are spread over conversations and contacts.
  raw.exec(`update conversations set notes = 'Robotics meetup: talked about ' || stage || ' and lab work'
    where rowid % 3 = 0`);
  raw.exec("analyze");
}

function formatRows(rows: SearchBenchRow[]): string[] {
  const ms = (n: number) => (Number.isNaN(n) ? "-" : `${n.toFixed(1)} ms`);
  return rows.map((r) =>
    [
      `"${r.query}"`.padEnd(20),
      String(r.hits).padStart(4),
      ms(r.oursP50).padStart(9),
      ms(r.oursP99).padStart(9),
      ms(r.rawP50).padStart(13),
      ms(r.rawP99).padStart(13),
      `  ≤ ${r.targetP99} ms ${r.oursP99 <= r.targetP99 ? "met" : "MISSED"}`,
    ].join(" "),
  );
}

export function formatSearch(result: {
  generateSeconds: number;
  reused?: boolean;
  rows: SearchBenchRow[];
  postgres?: { copySeconds: number; rows: SearchBenchRow[] };
}): string {
  const head = `query                hits  ours p50  ours p99  raw FTS5 p50  raw FTS5 p99  target p99`;
  const data = result.reused
    ? "data reused from an earlier run"
    : `data written in ${result.generateSeconds.toFixed(1)} s`;
  const lines = [`Search everything (${data}):`, head, ...formatRows(result.rows)];
  if (result.postgres) {
    lines.push(
      "",
      `PostgreSQL, the same data (copied in ${result.postgres.copySeconds.toFixed(0)} s):`,
      `query                hits  ours p50  ours p99   raw ts p50    raw ts p99  target p99`,
      ...formatRows(result.postgres.rows),
    );
  }
  return lines.join("\n");
}

// Alone: npx tsx bench/search.ts [--contacts N] [--notes N] [--reuse FILE] [--postgres URL]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const os = await import("node:os");
  const option = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const work = mkdtempSync(path.join(os.tmpdir(), "coffeechat-search-bench-"));
  try {
    const reuse = process.argv.indexOf("--reuse");
    const postgres = process.argv.indexOf("--postgres");
    const result = await benchSearch(
      work,
      { contacts: option("contacts", 100_000), notes: option("notes", 1_000_000) },
      option("runs", 100),
      reuse >= 0 ? process.argv[reuse + 1] : undefined,
      postgres >= 0 ? process.argv[postgres + 1] : undefined,
    );
    console.log(formatSearch(result));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
