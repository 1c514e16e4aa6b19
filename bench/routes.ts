// The route bench: coffeechat's real server (built as `npm run build` does, in its own process) against a bare
// Hono server running the same queries on the same file, route by route; the server's cold
// start and memory. Both servers run beside the load loop, on this machine's cores.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type SQLite from "better-sqlite3";
import { openRuntime } from "../src/services/runtime.js";
import { generateInto } from "./generate.js";
import { gzippedBytes, latency, throughput } from "./http-load.js";

export interface RouteResult {
  route: string;
  ours: { p50: number; p99: number; rps: number; bytes: number; gzipBytes: number };
  raw: { p50: number; p99: number; rps: number };
  targetP99: number;
}

export interface ServerResult {
  coldStartMs: { empty: number; loaded: number };
  memoryMb: { rss: number; peak: number };
  routes: RouteResult[];
}

const root = path.resolve(import.meta.dirname, "..");

/** Builds the server and CLI into `dir` as `npm run build` does (without the web app). */
async function buildServerInto(dir: string): Promise<string> {
  const { buildServer } = (await import(pathToFileURL(path.join(root, "scripts/build-server.mjs")).href)) as {
    buildServer: (outDir: string) => Promise<void>;
  };
  await buildServer(path.join(dir, "dist"));
  copyFileSync(path.join(root, "package.json"), path.join(dir, "package.json"));
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  return path.join(dir, "dist/coffeechat.js");
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

async function start(args: string[], env: Record<string, string>, port: number) {
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  await waitForHealth(port, child);
  return { child, ms: performance.now() - began };
}

async function stop(child: ChildProcess): Promise<void> {
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

  const ours = await start(serveArgs, { COFFEECHAT_DATA_DIR: dataDir, PORT: "4592" }, 4592);
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
      const mine = await latency(oursUrl, options.requests);
      const limit = await latency(rawUrl, options.requests);
      results.push({
        route,
        ours: {
          ...mine,
          rps: await throughput(oursUrl, options.connections, options.seconds),
          gzipBytes: await gzippedBytes(oursUrl),
        },
        raw: { ...limit, rps: await throughput(rawUrl, options.connections, options.seconds) },
        targetP99,
      });
    }
    const due = await latency("http://127.0.0.1:4592/api/agenda/due", options.requests);
    results.push({
      route: "/api/agenda/due",
      ours: {
        ...due,
        rps: await throughput("http://127.0.0.1:4592/api/agenda/due", options.connections, options.seconds),
        gzipBytes: due.bytes,
      },
      raw: { p50: Number.NaN, p99: Number.NaN, rps: Number.NaN },
      targetP99: 20,
    });
    return {
      coldStartMs: { empty: starts.sort((a, b) => a - b)[1] ?? 0, loaded: ours.ms },
      memoryMb: memoryMb(ours.child.pid ?? 0),
      routes: results,
    };
  } finally {
    await stop(ours.child);
    await stop(bare.child);
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
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [
    format(header),
    format(widths.map((w) => "-".repeat(w))),
    ...lines.map(format),
    "",
    `server cold start: ${result.coldStartMs.empty.toFixed(0)} ms on an empty folder (median of 3; target ≤ 500 ms), ${result.coldStartMs.loaded.toFixed(0)} ms on the benchmark data`,
    `server memory after the load: ${result.memoryMb.rss.toFixed(0)} MB resident, peak ${result.memoryMb.peak.toFixed(0)} MB`,
  ].join("\n");
}
