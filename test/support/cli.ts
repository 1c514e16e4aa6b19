// Runs the built `coffeechat` command as a user would, with its own environment.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../bin/coffeechat.js", import.meta.url));
const built = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string | undefined>): CliResult {
  if (!existsSync(built))
    throw new Error("coffeechat is not built: run `npm run build` before the end-to-end tests");
  const { PORT: _port, HOST: _host, DATABASE_URL: _url, ...inherited } = process.env;
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
  const { PORT: _port, HOST: _host, DATABASE_URL: _url, ...inherited } = process.env;
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
