// npx tsx bench/export-memory.ts: the peak memory of a JSON backup at scale, on generated data:
// - `coffeechat export json` (the CLI, local) and `coffeechat import json` of its file into an empty
//   data folder: max RSS from /usr/bin/time -v;
// - the server's `GET /api/export/json` (the built `coffeechat serve` on the same data, the answer
//   streamed to a file): the server's peak RSS (VmHWM in /proc/<pid>/status) once it is sent, and
//   that file restored into an empty folder by the CLI.
// Every restore is checked against the generated counts. Small by default; COFFEECHAT_BENCH_HEAVY=1
// for 100,000 contacts and 1,000,000 notes (interactions, insights and stage events in proportion).
// `--reuse <folder>` keeps the generated data folder there and uses it again on the next run (the
// run works on a copy). Needs `npm run build` first. JSON goes to bench/results/.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import SQLite from "better-sqlite3";
import { generateInto } from "./generate.js";

const heavy = process.env.COFFEECHAT_BENCH_HEAVY === "1";
const sizes = heavy ? { contacts: 100_000, notes: 1_000_000 } : { contacts: 1_000, notes: 10_000 };
const reuse = process.argv.includes("--reuse")
  ? path.resolve(process.argv[process.argv.indexOf("--reuse") + 1] ?? "")
  : undefined;
const bin = path.resolve("bin/coffeechat.js");
const work = mkdtempSync(path.join(os.tmpdir(), "coffeechat-export-memory-"));
const LIMIT_MB = 200;
const COUNTED = ["contacts", "interactions", "insights", "stage_events", "conversations"] as const;

interface Measured {
  rssMb: number;
  seconds: number;
}

/** Runs the CLI under /usr/bin/time -v; returns its peak RSS in MB, wall seconds and output. */
function measured(dataDir: string, args: string[]): Measured & { stdout: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, ...args], {
    env: { ...process.env, COFFEECHAT_DATA_DIR: dataDir },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`coffeechat ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  if (!kb) throw new Error(`/usr/bin/time gave no peak memory:\n${run.stderr}`);
  return { rssMb: Number(kb) / 1024, seconds, stdout: run.stdout };
}

/** Copies a data folder's database files (coffeechat.sqlite and its -wal, -shm) into `to`. */
function copyData(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((n) => n.startsWith("coffeechat.sqlite")))
    copyFileSync(path.join(from, name), path.join(to, name));
}

const countsIn = (dataDir: string): Record<string, number> => {
  const db = new SQLite(path.join(dataDir, "coffeechat.sqlite"), { readonly: true });
  try {
    const rows = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return Object.fromEntries(COUNTED.map((t) => [t, rows(t)]));
  } finally {
    db.close();
  }
};

/** Imports `file` into an empty folder with the CLI; fails unless the counts come back the same. */
function restoreChecked(file: string, target: string, expected: Record<string, number>): Measured {
  const run = measured(target, ["import", "json", file, "--json"]);
  const restored = (JSON.parse(run.stdout) as { restored?: Record<string, number> }).restored ?? {};
  const inDb = countsIn(target);
  for (const table of COUNTED) {
    if (restored[table] !== expected[table] || inDb[table] !== expected[table])
      throw new Error(
        `${path.basename(file)} restored ${table}: ${restored[table]} said, ${inDb[table]} in the database, ${expected[table]} expected`,
      );
  }
  return { rssMb: run.rssMb, seconds: run.seconds };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const kbOf = (status: string, field: string): number => {
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1];
  if (!kb) throw new Error(`no ${field} in /proc/<pid>/status`);
  return Number(kb);
};

/** Starts the built server on `dataDir`; resolves once it listens. */
async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.resolve("dist/coffeechat.js"), "serve", "--json"], {
    env: { ...process.env, COFFEECHAT_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk) => {
    errors += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`coffeechat serve stopped (${code}):\n${errors}`)));
  });
  return child;
}

/** The server's GET /api/export/json streamed to `file`; the server's peak RSS once it is sent. */
async function serverExport(dataDir: string, file: string): Promise<Measured & { startMb: number }> {
  const port = await freePort();
  const server = await startServer(dataDir, port);
  try {
    const status = () => readFileSync(`/proc/${server.pid}/status`, "utf8");
    const startMb = kbOf(status(), "VmRSS") / 1024;
    const started = process.hrtime.bigint();
    await new Promise<void>((resolve, reject) => {
      const request = http.get(
        { host: "127.0.0.1", port, path: "/api/export/json", headers: { Host: `127.0.0.1:${port}` } },
        (response) => {
          if (response.statusCode !== 200) {
            response.resume();
            reject(new Error(`GET /api/export/json answered ${response.statusCode}`));
            return;
          }
          pipeline(response, createWriteStream(file)).then(resolve, reject);
        },
      );
      request.once("error", reject);
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { rssMb: kbOf(status(), "VmHWM") / 1024, seconds, startMb };
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
}

const over = (mb: number) => (mb > LIMIT_MB ? `  OVER ${LIMIT_MB} MB` : "");

try {
  const source = path.join(work, "source");
  let generateSeconds = 0;
  const reused = reuse !== undefined && existsSync(path.join(reuse, "coffeechat.sqlite"));
  if (reused && reuse) copyData(reuse, source);
  else {
    measured(source, ["contacts", "list", "--json"]); // creates and migrates the database
    const db = new SQLite(path.join(source, "coffeechat.sqlite"));
    const { id } = db.prepare("select id from users limit 1").get() as { id: string };
    const seeding = Date.now();
    generateInto(db, id, sizes);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    generateSeconds = (Date.now() - seeding) / 1000;
    if (reuse) copyData(source, reuse);
  }
  const counts = countsIn(source);
  console.log(
    reused ? `Data reused from ${reuse}:` : `Generated in ${generateSeconds.toFixed(0)} s:`,
    counts,
  );
  if (counts.contacts !== sizes.contacts)
    console.warn(`the data holds ${counts.contacts} contacts, not ${sizes.contacts}`);

  const file = path.join(work, "backup.json");
  const cliExport = measured(source, ["export", "json", "--out", file]);
  const fileMb = statSync(file).size / 1024 / 1024;
  console.log(
    `export json: ${fileMb.toFixed(0)} MB file, peak RSS ${cliExport.rssMb.toFixed(0)} MB, ${cliExport.seconds.toFixed(1)} s${over(cliExport.rssMb)}`,
  );
  const cliImport = restoreChecked(file, path.join(work, "target"), counts);
  console.log(
    `import json: peak RSS ${cliImport.rssMb.toFixed(0)} MB, ${cliImport.seconds.toFixed(1)} s, counts match${over(cliImport.rssMb)}`,
  );
  rmSync(file);
  rmSync(path.join(work, "target"), { recursive: true, force: true });

  const served = path.join(work, "served.json");
  const server = await serverExport(source, served);
  const servedMb = statSync(served).size / 1024 / 1024;
  console.log(
    `server GET /api/export/json: ${servedMb.toFixed(0)} MB file, peak RSS ${server.rssMb.toFixed(0)} MB (${server.startMb.toFixed(0)} MB before), ${server.seconds.toFixed(1)} s${over(server.rssMb)}`,
  );
  const serverImport = restoreChecked(served, path.join(work, "served-target"), counts);
  console.log(
    `import json (the server's file): peak RSS ${serverImport.rssMb.toFixed(0)} MB, ${serverImport.seconds.toFixed(1)} s, counts match${over(serverImport.rssMb)}`,
  );

  const results = path.join(import.meta.dirname, "results");
  mkdirSync(results, { recursive: true });
  const at = new Date().toISOString();
  const out = path.join(results, `export-memory-${at.replace(/[:.]/g, "-")}.json`);
  const mb = (n: number) => Math.round(n * 10) / 10;
  const s = (n: number) => Math.round(n * 100) / 100;
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        at,
        node: process.version,
        sizes,
        counts,
        limitMb: LIMIT_MB,
        generateSeconds: reused ? null : s(generateSeconds),
        cliExport: { fileMb: mb(fileMb), peakRssMb: mb(cliExport.rssMb), seconds: s(cliExport.seconds) },
        cliImport: { peakRssMb: mb(cliImport.rssMb), seconds: s(cliImport.seconds) },
        serverExport: {
          fileMb: mb(servedMb),
          peakRssMb: mb(server.rssMb),
          startRssMb: mb(server.startMb),
          seconds: s(server.seconds),
        },
        serverFileImport: { peakRssMb: mb(serverImport.rssMb), seconds: s(serverImport.seconds) },
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written ${path.relative(process.cwd(), out)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
