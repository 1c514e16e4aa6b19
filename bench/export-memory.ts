// npx tsx bench/export-memory.ts: the peak memory (max RSS, from /usr/bin/time -v) of
// `coffeechat export json` and of `coffeechat import json` of that file into an empty data folder,
// on generated data. Small by default; COFFEECHAT_BENCH_HEAVY=1 for 100,000 contacts and 1,000,000
// notes (interactions, insights and stage events in proportion). Needs `npm run build` first.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { generateInto } from "./generate.js";

const heavy = process.env.COFFEECHAT_BENCH_HEAVY === "1";
const sizes = heavy ? { contacts: 100_000, notes: 1_000_000 } : { contacts: 1_000, notes: 10_000 };
const bin = path.resolve("bin/coffeechat.js");
const work = mkdtempSync(path.join(os.tmpdir(), "coffeechat-export-memory-"));

/** Runs the CLI under /usr/bin/time -v; returns its peak RSS in MB and wall seconds. */
function measured(dataDir: string, args: string[]): { rssMb: number; seconds: number } {
  const started = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, ...args], {
    env: { ...process.env, COFFEECHAT_DATA_DIR: dataDir },
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`coffeechat ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  if (!kb) throw new Error(`/usr/bin/time gave no peak memory:\n${run.stderr}`);
  return { rssMb: Number(kb) / 1024, seconds };
}

try {
  const source = path.join(work, "source");
  const target = path.join(work, "target");
  measured(source, ["contacts", "list", "--json"]); // creates and migrates the database
  const db = new SQLite(path.join(source, "coffeechat.sqlite"));
  const { id } = db.prepare("select id from users limit 1").get() as { id: string };
  const seeding = Date.now();
  generateInto(db, id, sizes);
  const rows = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const counts = Object.fromEntries(
    ["contacts", "interactions", "insights", "stage_events", "conversations"].map((t) => [t, rows(t)]),
  );
  db.close();
  console.log(`Generated in ${((Date.now() - seeding) / 1000).toFixed(0)} s:`, counts);

  const file = path.join(work, "backup.json");
  const out = measured(source, ["export", "json", "--out", file]);
  const mb = statSync(file).size / 1024 / 1024;
  console.log(
    `export json: ${mb.toFixed(0)} MB file, peak RSS ${out.rssMb.toFixed(0)} MB, ${out.seconds.toFixed(1)} s`,
  );
  const back = measured(target, ["import", "json", file, "--json"]);
  console.log(`import json: peak RSS ${back.rssMb.toFixed(0)} MB, ${back.seconds.toFixed(1)} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
