// The route bench: coffeechat's real server (built as `npm run build` does, in its own process) against a bare
// Hono server running the same queries on the same file, route by route; the server's cold
// start and memory; how long one request holds up the server's event loop; and, when a PostgreSQL
// server is at hand (COFFEECHAT_TEST_DATABASE_URL, as `npm run bench` provides), the same routes on
// the same data restored into PostgreSQL. The servers run beside the load loop, on this machine's cores.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type SQLite from "better-sqlite3";
import { openRuntime } from "../src/services/runtime.js";
import { generateInto } from "./generate.js";
import { gzippedBytes, latency, throughput } from "./http-load.js";
import { copyIntoPostgres, dropBenchDatabase } from "./postgres-copy.js";

export interface RouteResult {
  route: string;
  ours: { p50: number; p99: number; rps: number; bytes: number; gzipBytes: number };
  raw: { p50: number; p99: number; rps: number };
  targetP99: number;
  /** The longest the server's event loop waited while this route was measured (target ≤ 50 ms). */
  eventLoopMaxMs: number;
}

export interface PostgresRouteResult {
  route: string;
  p50: number;
  p99: number;
  rps: number;
  /** The same route's throughput on SQLite in this run. */
  sqliteRps: number;
}

export interface ServerResult {
  coldStartMs: { empty: number; loaded: number };
  memoryMb: { rss: number; peak: number };
  routes: RouteResult[];
  /** Absent when no PostgreSQL server was given. */
  postgres?: { copySeconds: number; routes: PostgresRouteResult[] };
}

const root = path.resolve(import.meta.dirname, "..");

/** Builds the server and CLI into `dir` as `npm run build` does (without the web app), once. */
export async function buildServerInto(dir: string): Promise<string> {
  const main = path.join(dir, "dist/coffeechat.js");
  if (existsSync(main)) return main;
  const { buildServer } = (await import(pathToFileURL(path.join(root, "scripts/build-server.mjs")).href)) as {
    buildServer: (outDir: string) => Promise<void>;
  };
  await buildServer(path.join(dir, "dist"));
  copyFileSync(path.join(root, "package.json"), path.join(dir, "package.json"));
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  return main;
}

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const probe = path.join(root, "bench/event-loop-probe.mjs");

/** The longest event-loop delay of the server since the last call, from its preloaded probe. */
async function eventLoopSince(child: ChildProcess, file: string): Promise<{ max: number; p99: number }> {
  rmSync(file, { force: true });
  child.kill("SIGUSR2");
  for (let n = 0; n < 400 && !existsSync(file); n++) await new Promise((resolve) => setTimeout(resolve, 5));
  try {
    return JSON.parse(readFileSync(file, "utf8")) as { max: number; p99: number };
  } catch {
    // Written but not yet complete: once more.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return JSON.parse(readFileSync(file, "utf8")) as { max: number; p99: number };
  }
}

export async function start(args: string[], env: Record<string, string>, port: number) {
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  await waitForHealth(port, child);
  return { child, ms: performance.now() - began };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

export async function benchRoutes(
  work: string,
  sizes: { contacts: number; notes: number },
  options: { requests: number; seconds: number; connections: number },
): Promise<ServerResult> {
  const main = await buildServerInto(path.join(work, "server"));
  const serveArgs = [main, "serve"];
  const empty = path.join(work, "empty");
  const starts: number[] = [];
  for (let n = 0; n < 3; n++) {
    const { child, ms } = await start(serveArgs, { COFFEECHAT_DATA_DIR: empty, PORT: "4591" }, 4591);
    starts.push(ms);
    await stop(child);
  }
  const dataDir = path.join(work, "routes");
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "coffeechat.sqlite");
  const runtime = await openRuntime({ databaseUrl: undefined, sqliteFile: file, timeZone: "UTC" });
  const owner = runtime.local.user.id;
  const raw = runtime.db.sqlite as SQLite.Database;
  generateInto(raw, owner, sizes);
  raw.exec("analyze");
  await runtime.close();

  const loopFile = path.join(work, "event-loop.json");
  const ours = await start(
    ["--import", pathToFileURL(probe).href, ...serveArgs],
    { COFFEECHAT_DATA_DIR: dataDir, PORT: "4592", COFFEECHAT_BENCH_EVENT_LOOP: loopFile },
    4592,
  );
  const bare = await start(["--import", "tsx", "bench/raw-server.ts", file, owner, "4593"], {}, 4593);
  const routes: [string, number][] = [
    ["/api/contacts?limit=50", 2],
    ["/api/contacts?limit=50&q=smith", 20],
    ["/api/contacts?limit=50&tag=mentor", 2],
    ["/api/conversations?stage=asked&limit=50", 2],
    [`/api/contacts/00000002-0000-4000-8000-${(12_345 % sizes.contacts).toString(16).padStart(12, "0")}`, 2],
    ["/api/agenda", 20],
  ];
  const results: RouteResult[] = [];
  try {
    for (const [route, targetP99] of routes) {
      const oursUrl = `http://127.0.0.1:4592${route}`;
      const rawUrl = `http://127.0.0.1:4593${route}`;
      await eventLoopSince(ours.child, loopFile);
      const mine = await latency(oursUrl, options.requests);
      const rps = await throughput(oursUrl, options.connections, options.seconds);
      const eventLoop = await eventLoopSince(ours.child, loopFile);
      const limit = await latency(rawUrl, options.requests);
      results.push({
        route,
        ours: { ...mine, rps, gzipBytes: await gzippedBytes(oursUrl) },
        raw: { ...limit, rps: await throughput(rawUrl, options.connections, options.seconds) },
        targetP99,
        eventLoopMaxMs: eventLoop.max,
      });
    }
    await eventLoopSince(ours.child, loopFile);
    const due = await latency("http://127.0.0.1:4592/api/agenda/due", options.requests);
    const dueRps = await throughput(
      "http://127.0.0.1:4592/api/agenda/due",
      options.connections,
      options.seconds,
    );
    results.push({
      route: "/api/agenda/due",
      ours: { ...due, rps: dueRps, gzipBytes: due.bytes },
      raw: { p50: Number.NaN, p99: Number.NaN, rps: Number.NaN },
      targetP99: 20,
      eventLoopMaxMs: (await eventLoopSince(ours.child, loopFile)).max,
    });
  } finally {
    await stop(bare.child);
  }
  const result: ServerResult = {
    coldStartMs: { empty: starts.sort((a, b) => a - b)[1] ?? 0, loaded: ours.ms },
    memoryMb: memoryMb(ours.child.pid ?? 0),
    routes: results,
  };
  await stop(ours.child);
  const serverUrl = process.env.COFFEECHAT_TEST_DATABASE_URL;
  if (serverUrl) result.postgres = await benchPostgres(serverUrl, file, serveArgs, results, options);
  return result;
}

/** The same routes on the same data, restored into a PostgreSQL database of its own. */
async function benchPostgres(
  serverUrl: string,
  sqliteFile: string,
  serveArgs: string[],
  sqlite: RouteResult[],
  options: { requests: number; seconds: number; connections: number },
): Promise<NonNullable<ServerResult["postgres"]>> {
  const began = performance.now();
  const databaseUrl = await copyIntoPostgres(serverUrl, sqliteFile);
  const copySeconds = (performance.now() - began) / 1000;
  const server = await start(serveArgs, { DATABASE_URL: databaseUrl, PORT: "4594" }, 4594);
  try {
    const routes: PostgresRouteResult[] = [];
    for (const r of sqlite) {
      const url = `http://127.0.0.1:4594${r.route}`;
      const measured = await latency(url, options.requests);
      routes.push({
        route: r.route,
        p50: measured.p50,
        p99: measured.p99,
        rps: await throughput(url, options.connections, options.seconds),
        sqliteRps: r.ours.rps,
      });
    }
    return { copySeconds, routes };
  } finally {
    await stop(server.child);
    await dropBenchDatabase(serverUrl);
  }
}

export function formatRoutes(result: ServerResult, connections: number): string {
  const header = [
    "route",
    "ours p50",
    "ours p99",
    "raw p50",
    "raw p99",
    "p99 target",
    `req/s @${connections}`,
    "raw req/s",
    "% of raw",
    "JSON",
    "gzip",
    "event loop max",
  ];
  const ms = (n: number) => (Number.isNaN(n) ? "-" : `${n.toFixed(2)} ms`);
  const lines = result.routes.map((r) => [
    r.route,
    ms(r.ours.p50),
    ms(r.ours.p99),
    ms(r.raw.p50),
    ms(r.raw.p99),
    `≤ ${r.targetP99} ms ${r.ours.p99 <= r.targetP99 ? "met" : "MISSED"}`,
    r.ours.rps.toFixed(0),
    Number.isNaN(r.raw.rps) ? "-" : r.raw.rps.toFixed(0),
    Number.isNaN(r.raw.rps) ? "-" : `${((100 * r.ours.rps) / r.raw.rps).toFixed(0)}%`,
    `${(r.ours.bytes / 1024).toFixed(1)} KB`,
    `${(r.ours.gzipBytes / 1024).toFixed(1)} KB`,
    `${r.eventLoopMaxMs.toFixed(0)} ms ${r.eventLoopMaxMs <= 50 ? "met" : "MISSED"}`,
  ]);
  return [
    ...columns(header, lines),
    "",
    "event loop max: the longest the server's event loop waited while the route was measured (target ≤ 50 ms)",
    `server cold start: ${result.coldStartMs.empty.toFixed(0)} ms on an empty folder (median of 3; target ≤ 500 ms), ${result.coldStartMs.loaded.toFixed(0)} ms on the benchmark data`,
    `server memory after the load: ${result.memoryMb.rss.toFixed(0)} MB resident, peak ${result.memoryMb.peak.toFixed(0)} MB`,
    "",
    ...formatPostgres(result.postgres, ms),
  ].join("\n");
}

function formatPostgres(postgres: ServerResult["postgres"], ms: (n: number) => string): string[] {
  if (!postgres)
    return ["PostgreSQL: not measured (no COFFEECHAT_TEST_DATABASE_URL; `npm run bench` starts a server)"];
  const lines = postgres.routes.map((r) => {
    const share = (100 * r.rps) / r.sqliteRps;
    return [
      r.route,
      ms(r.p50),
      ms(r.p99),
      r.rps.toFixed(0),
      r.sqliteRps.toFixed(0),
      `${share.toFixed(0)}% ${share >= 50 ? "met" : "MISSED"}`,
    ];
  });
  return [
    `PostgreSQL, the same data (copied in ${postgres.copySeconds.toFixed(0)} s), the same server in local mode:`,
    ...columns(["route", "p50", "p99", "req/s", "SQLite req/s", "of SQLite (target ≥ 50%)"], lines),
  ];
}

export function columns(header: string[], lines: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [format(header), format(widths.map((w) => "-".repeat(w))), ...lines.map(format)];
}
