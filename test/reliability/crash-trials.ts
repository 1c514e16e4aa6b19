// Helpers for the crash trials: a seeded random source, a child process killed at a chosen moment,
// and what a SQLite file holds after a crash.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { seeded } from "../../bench/generate.js";

const bin = fileURLToPath(new URL("../../bin/coffeechat.js", import.meta.url));

/** How many trials of each kind: 10 in CI, more with COFFEECHAT_CRASH_TRIALS. */
export const TRIALS = Number(process.env.COFFEECHAT_CRASH_TRIALS ?? 10);
export const CRASH_SEED = Number(process.env.COFFEECHAT_CRASH_SEED ?? 20261122);

/** The same seed gives the same kill moments. */
export const seededRandom = seeded;

export function runCommand(args: string[], env: Record<string, string>): ChildProcess {
  const { PORT: _p, HOST: _h, DATABASE_URL: _d, ...inherited } = process.env;
  return spawn(process.execPath, [bin, ...args], { env: { ...inherited, ...env }, stdio: "ignore" });
}

/** Waits for the process to end; kills it with SIGKILL after `killAfterMs` if still running. */
export function killAfter(child: ChildProcess, killAfterMs: number): Promise<"killed" | "finished"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.once("exit", (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === "SIGKILL" ? "killed" : "finished");
    });
  });
}

export function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? -1)));
}

export interface DatabaseState {
  integrity: string;
  foreignKeyProblems: number;
  contacts: number;
  names: Set<string>;
}

/**
 * Opens the file as the next process would (recovering the WAL) and reads what it holds; a process
 * killed before it made its data folder left nothing, which is a consistent, empty state.
 */
export function readDatabase(file: string): DatabaseState {
  if (!existsSync(file)) return { integrity: "ok", foreignKeyProblems: 0, contacts: 0, names: new Set() };
  const db = new SQLite(file);
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    const foreignKeyProblems = (db.pragma("foreign_key_check") as unknown[]).length;
    const rows = db.prepare("select first_name, last_name from contacts").all() as {
      first_name: string;
      last_name: string;
    }[];
    return {
      integrity,
      foreignKeyProblems,
      contacts: rows.length,
      names: new Set(rows.map((r) => `${r.first_name} ${r.last_name}`)),
    };
  } finally {
    db.close();
  }
}
