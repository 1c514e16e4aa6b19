// Search everything at scale: p50/p99 of the search service (bounded candidates, ranked in core)
// against the raw engine query (FTS5 ranked by bm25 over every match) on the same file, same run.
// Queries: typical words, a very common word, one- and two-letter beginnings, a word in no record.

import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type SQLite from "better-sqlite3";
import { fillStatements } from "../src/db/migrations/20261208T0100-search-documents.js";
import { openRuntime } from "../src/services/runtime.js";
import { search } from "../src/services/search.service.js";
import { generateInto } from "./generate.js";

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

function ftsText(q: string): string {
  const words = q.split(" ");
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

export async function benchSearch(
  work: string,
  sizes: { contacts: number; notes: number },
  runs = 100,
  reuse?: string,
): Promise<{ generateSeconds: number; reused: boolean; rows: SearchBenchRow[] }> {
  const sqliteFile = reuse ? path.resolve(reuse) : path.join(work, "search", "coffeechat.sqlite");
  const reused = reuse !== undefined && existsSync(sqliteFile);
  mkdirSync(path.dirname(sqliteFile), { recursive: true });
  const runtime = await openRuntime({ databaseUrl: undefined, sqliteFile, timeZone: "UTC" });
  try {
    const raw = runtime.db.sqlite as SQLite.Database;
    const owner = runtime.local.user.id;
    const started = performance.now();
    if (!reused) generate(raw, owner, sizes);
    else {
      const notes = (raw.prepare("select count(*) as n from interactions").get() as { n: number }).n;
      if (notes !== sizes.notes) console.warn(`${sqliteFile} holds ${notes} notes, not ${sizes.notes}`);
    }
    const generateSeconds = (performance.now() - started) / 1000;
    const engine = raw.prepare(
      `select d.kind, d.record_id, snippet(search_fts, 1, '[', ']', '…', 12) as snippet
       from search_fts join search_documents d on d.id = search_fts.rowid
       where search_fts match ? and d.owner_id = ? order by rank limit 20`,
    );
    const rows: SearchBenchRow[] = [];
    for (const { q, kind } of QUERIES) {
      const hits = (await search(runtime.local, { q, limit: 20 })).items.length;
      const [oursP50, oursP99] = await percentiles(runs, () => search(runtime.local, { q, limit: 20 }));
      const slow = q.length <= 2 || kind === "any";
      const rawRuns = slow ? Math.max(5, Math.floor(runs / 10)) : runs;
      const [rawP50, rawP99] = await percentiles(rawRuns, () => engine.all(ftsText(q), owner), slow ? 1 : 10);
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
    return { generateSeconds, reused, rows };
  } finally {
    await runtime.close();
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

export function formatSearch(result: {
  generateSeconds: number;
  reused?: boolean;
  rows: SearchBenchRow[];
}): string {
  const head = `query              hits  ours p50  ours p99  raw FTS5 p50  raw FTS5 p99  target p99`;
  const lines = result.rows.map((r) =>
    [
      `"${r.query}"`.padEnd(18),
      String(r.hits).padStart(4),
      `${r.oursP50.toFixed(1)} ms`.padStart(9),
      `${r.oursP99.toFixed(1)} ms`.padStart(9),
      `${r.rawP50.toFixed(1)} ms`.padStart(13),
      `${r.rawP99.toFixed(1)} ms`.padStart(13),
      `  ≤ ${r.targetP99} ms ${r.oursP99 <= r.targetP99 ? "met" : "MISSED"}`,
    ].join(" "),
  );
  const data = result.reused
    ? "data reused from an earlier run"
    : `data written in ${result.generateSeconds.toFixed(1)} s`;
  return [`Search everything (${data}):`, head, ...lines].join("\n");
}

// Alone: npx tsx bench/search.ts [--contacts N] [--notes N] [--reuse FILE]
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
    const result = await benchSearch(
      work,
      { contacts: option("contacts", 100_000), notes: option("notes", 1_000_000) },
      option("runs", 100),
      reuse >= 0 ? process.argv[reuse + 1] : undefined,
    );
    console.log(formatSearch(result));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
