// Starts the real, built coffeechat server as a child process on a free port, for end-to-end tests.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = path.join(root, "bin/coffeechat.js");
const BUILT_FILES = ["dist/coffeechat.js", "dist/web/index.html"];

export interface StartServerOptions {
  /** Where the server keeps its data; a fresh temporary folder (removed on stop) when omitted. */
  dataDir?: string;
  /**
   * More environment variables for the server (they win over the defaults); a function gets the
   * server's address first (e.g. for COFFEECHAT_PUBLIC_URL).
   */
  env?: Record<string, string | undefined> | ((url: string) => Record<string, string | undefined>);
  /** The port to listen on (e.g. one a hosted server's public address names); a free one when omitted. */
  port?: number;
  /** How long to wait for GET /api/health to answer 200; 20 s by default. */
  timeoutMs?: number;
}

export interface StartedServer {
  /** e.g. "http://127.0.0.1:41234", without a trailing slash. */
  url: string;
  dataDir: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
  /** Kills the server at once (SIGKILL, as a crash or a power cut would), keeping its data folder. */
  crash: () => Promise<void>;
}

/** A TCP port nobody listens on right now (asks the OS for one, then frees it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("The OS gave no free port."))));
    });
  });
}

export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const missing = BUILT_FILES.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length > 0) {
    throw new Error(`coffeechat is not built (missing ${missing.join(", ")}): run \`npm run build\` first.`);
  }
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "coffeechat-e2e-"));
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;

  const { PORT: _port, HOST: _host, DATABASE_URL: _databaseUrl, ...inherited } = process.env;
  const child = spawn(process.execPath, [bin, "serve"], {
    cwd: root,
    env: {
      ...inherited,
      COFFEECHAT_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      ...(typeof options.env === "function" ? options.env(url) : options.env),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });

  const stop = async () => {
    await stopChild(child);
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, options.timeoutMs ?? 20_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output || "(nothing)"}`);
  }
  const crash = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
  return { url, dataDir, output: () => output, stop, crash };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The coffeechat server exited early (code ${child.exitCode ?? child.signalCode}).`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `The coffeechat server did not answer GET ${url}/api/health with 200 within ${timeoutMs} ms.`,
  );
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
