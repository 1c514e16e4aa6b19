// The hosted row of the bench: the built server in hosted mode on PostgreSQL, asked by a signed-in
// session (its cookie checked against the database on every request, as the web app's are),
// against the same server in local mode on SQLite, with the same generated data: requests per
// second at many connections on the contact list and the agenda, and their ratio.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type SQLite from "better-sqlite3";
import { fileLines } from "../src/cli/file-sink.js";
import { importBackup } from "../src/services/files.service.js";
import { openRuntime } from "../src/services/runtime.js";
import { generateInto } from "./generate.js";
import { latency, throughput } from "./http-load.js";
import { admin, backupToFile } from "./postgres-copy.js";
import { buildServerInto, columns, start, stop } from "./routes.js";

export interface HostedRouteResult {
  route: string;
  /** Requests per second in hosted mode (PostgreSQL, a signed-in session). */
  hostedRps: number;
  /** The same route in local mode (SQLite, no sign-in) on the same data. */
  localRps: number;
}

export interface HostedResult {
  contacts: number;
  connections: number;
  routes: HostedRouteResult[];
}

const ROUTES = ["/api/contacts?limit=50", "/api/agenda"];
const DATABASE = "coffeechat_bench_hosted";
const LOCAL_PORT = 4595;
const HOSTED_PORT = 4596;

/** How many contacts the server says there are: the data must be there before it is measured. */
async function contactTotal(port: number, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/contacts?limit=1`, { headers });
  if (!response.ok) throw new Error(`GET /api/contacts on ${port} answered ${response.status}`);
  return ((await response.json()) as { total: number }).total;
}

/** Each route's requests per second (after a short warm-up). */
async function measure(
  port: number,
  options: { seconds: number; connections: number },
  headers: Record<string, string> = {},
): Promise<number[]> {
  const rates: number[] = [];
  for (const route of ROUTES) {
    const url = `http://127.0.0.1:${port}${route}`;
    await latency(url, 50, headers);
    rates.push(await throughput(url, options.connections, options.seconds, headers));
  }
  return rates;
}

/** Signs a person up on the hosted server: their session's cookie and their id. */
async function signUp(port: number): Promise<{ cookie: string; userId: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/sign-up/email`, {
    method: "POST",
    // As a browser on the public address sends it: sign-in refuses requests without an Origin.
    headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ email: "bench@example.edu", password: "a bench password", name: "Bench" }),
  });
  if (!response.ok) throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string } };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, userId: body.user.id };
}

/** The person's data from the SQLite file, restored into their hosted account (new ids, as for anyone). */
async function restoreInto(sqliteFile: string, databaseUrl: string, userId: string): Promise<void> {
  const { dir, file } = await backupToFile(sqliteFile, "coffeechat-bench-hosted-");
  try {
    const to = await openRuntime({ databaseUrl, sqliteFile: "", timeZone: "UTC" });
    try {
      const user = await to.system.findUser(userId);
      if (!user) throw new Error("the signed-up person is not in the database");
      const ctx = {
        ...to.contextFor({ id: user.id, name: user.name, timeZone: user.time_zone }),
        hosted: true,
      };
      await importBackup(ctx, { name: "bench", lines: () => fileLines(file) }, { dryRun: false });
    } finally {
      await to.close();
    }
    await admin(databaseUrl, "analyze");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchHosted(
  work: string,
  serverUrl: string,
  sizes: { contacts: number; notes: number },
  options: { seconds: number; connections: number },
): Promise<HostedResult> {
  const main = await buildServerInto(path.join(work, "server"));
  const dataDir = path.join(work, "hosted-local");
  mkdirSync(dataDir, { recursive: true });
  const sqliteFile = path.join(dataDir, "coffeechat.sqlite");
  const runtime = await openRuntime({ databaseUrl: undefined, sqliteFile, timeZone: "UTC" });
  const raw = runtime.db.sqlite as SQLite.Database;
  generateInto(raw, runtime.local.user.id, sizes);
  raw.exec("analyze");
  await runtime.close();

  const local = await start(
    [main, "serve"],
    { COFFEECHAT_DATA_DIR: dataDir, PORT: String(LOCAL_PORT) },
    LOCAL_PORT,
  );
  let localRates: number[];
  let localTotal: number;
  try {
    localTotal = await contactTotal(LOCAL_PORT, {});
    localRates = await measure(LOCAL_PORT, options);
  } finally {
    await stop(local.child);
  }

  await admin(serverUrl, `drop database if exists ${DATABASE} with (force)`);
  await admin(serverUrl, `create database ${DATABASE}`);
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  const databaseUrl = url.toString();
  try {
    const hosted = await start(
      [main, "serve"],
      {
        COFFEECHAT_MODE: "hosted",
        DATABASE_URL: databaseUrl,
        COFFEECHAT_PUBLIC_URL: `http://127.0.0.1:${HOSTED_PORT}`,
        COFFEECHAT_SECRET: "a-bench-secret-that-is-long-enough-0123456789",
        COFFEECHAT_DATA_DIR: path.join(work, "hosted-server"),
        PORT: String(HOSTED_PORT),
      },
      HOSTED_PORT,
    );
    try {
      const { cookie, userId } = await signUp(HOSTED_PORT);
      await restoreInto(sqliteFile, databaseUrl, userId);
      const session = { cookie };
      const hostedTotal = await contactTotal(HOSTED_PORT, session);
      if (hostedTotal !== localTotal) {
        throw new Error(
          `hosted mode has ${hostedTotal} contacts, local mode ${localTotal}: not the same data`,
        );
      }
      const hostedRates = await measure(HOSTED_PORT, options, session);
      return {
        contacts: localTotal,
        connections: options.connections,
        routes: ROUTES.map((route, i) => ({
          route,
          hostedRps: hostedRates[i] ?? 0,
          localRps: localRates[i] ?? 0,
        })),
      };
    } finally {
      await stop(hosted.child);
    }
  } finally {
    await admin(serverUrl, `drop database if exists ${DATABASE} with (force)`);
  }
}

export function formatHosted(result: HostedResult | null, skipped: string | null): string {
  if (!result) return `Hosted mode: not measured (${skipped})`;
  const lines = result.routes.map((r) => [
    r.route,
    r.hostedRps.toFixed(0),
    r.localRps.toFixed(0),
    `${((100 * r.hostedRps) / r.localRps).toFixed(0)}%`,
  ]);
  return [
    `Hosted mode (PostgreSQL, a signed-in session) against local mode (SQLite), the same ${result.contacts.toLocaleString("en")} contacts, ${result.connections} connections:`,
    ...columns(["route", "hosted req/s", "local req/s", "hosted of local"], lines),
  ].join("\n");
}
