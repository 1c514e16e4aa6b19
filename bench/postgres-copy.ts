// The bench's PostgreSQL copy of its SQLite data: a database of its own on the given server, filled
// by coffeechat's own backup and restore (the same rows, ids kept), then analysed.
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { restoreBackupSource } from "../src/services/backup-read.js";
import { writeBackup } from "../src/services/backup-write.js";
import { openRuntime } from "../src/services/runtime.js";

const NAME = "coffeechat_bench";

export async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The SQLite database's JSON backup, written to `file` in a scratch folder `dir` the caller removes. */
export async function backupToFile(
  sqliteFile: string,
  prefix: string,
): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "backup.json");
  const from = await openRuntime({ databaseUrl: undefined, sqliteFile, timeZone: "UTC" });
  const chunks: string[] = [];
  try {
    await writeBackup(from.local, (chunk) => {
      chunks.push(chunk);
    });
  } finally {
    await from.close();
  }
  await writeFile(file, chunks.join(""));
  return { dir, file };
}

/** Copies the SQLite database into a fresh PostgreSQL database; answers that database's URL. */
export async function copyIntoPostgres(serverUrl: string, sqliteFile: string, name = NAME): Promise<string> {
  await dropBenchDatabase(serverUrl, name);
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { dir, file } = await backupToFile(sqliteFile, "coffeechat-bench-copy-");
  try {
    const to = await openRuntime({ databaseUrl: url.toString(), sqliteFile: "", timeZone: "UTC" });
    try {
      await restoreBackupSource(
        to.local,
        {
          name: "bench",
          lines: () => createInterface({ input: createReadStream(file), crlfDelay: Infinity }),
        },
        {},
      );
    } finally {
      await to.close();
    }
    await admin(url.toString(), "analyze");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return url.toString();
}

export async function dropBenchDatabase(serverUrl: string, name = NAME): Promise<void> {
  await admin(serverUrl, `drop database if exists ${name} with (force)`);
}
