// Runs the built `coffeechat` command as a user would, with its own environment.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect } from "vitest";
import type { Dialect } from "../../src/db/schema.js";
import { createTestDatabase, type TestDatabase } from "./databases.js";

const bin = fileURLToPath(new URL("../../bin/coffeechat.js", import.meta.url));
const built = fileURLToPath(new URL("../../dist/coffeechat.js", import.meta.url));

/** A config folder with no sign-in in it, so that a test's CLI uses its own data unless it signs in. */
const NO_SIGN_IN = path.join(os.tmpdir(), "coffeechat-test-config-none");

/** This process's environment without what would point the CLI elsewhere than the test's data. */
function inheritedEnv(): Record<string, string | undefined> {
  const {
    PORT: _port,
    HOST: _host,
    DATABASE_URL: _url,
    COFFEECHAT_URL: _remote,
    COFFEECHAT_TOKEN: _token,
    ...inherited
  } = process.env;
  return { ...inherited, XDG_CONFIG_HOME: NO_SIGN_IN };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string | undefined>): CliResult {
  if (!existsSync(built))
    throw new Error("coffeechat is not built: run `npm run build` before the end-to-end tests");
  const inherited = inheritedEnv();
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...inherited, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Like runCli, without blocking this process (for tests that serve something the CLI talks to). */
export function runCliAsync(
  args: string[],
  env: Record<string, string | undefined>,
  input?: string,
): Promise<CliResult> {
  if (!existsSync(built))
    throw new Error("coffeechat is not built: run `npm run build` before the end-to-end tests");
  const inherited = inheritedEnv();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...inherited, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(input ?? "");
  });
}

/**
 * For a describe block: each test gets a fresh data folder and database of the dialect, and
 * `cli` / `json` run the command on them (`json` adds --json and expects success).
 */
export function useCliData(dialect: Dialect, name: string) {
  const state = { dataDir: "", env: {} as Record<string, string | undefined> };
  let database: TestDatabase;
  beforeEach(async () => {
    state.dataDir = mkdtempSync(path.join(os.tmpdir(), `coffeechat-${name}-`));
    database = await createTestDatabase(dialect);
    state.env = { COFFEECHAT_DATA_DIR: state.dataDir, DATABASE_URL: database.databaseUrl };
  });
  afterEach(async () => {
    rmSync(state.dataDir, { recursive: true, force: true });
    await database.drop();
  });
  const cli = (...args: string[]) => runCli(args, state.env);
  const json = (...args: string[]) => {
    const result = cli(...args, "--json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };
  return { cli, json, dataDir: () => state.dataDir, databaseUrl: () => state.env.DATABASE_URL };
}
