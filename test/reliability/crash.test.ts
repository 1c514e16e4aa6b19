// Crash trials: kill -9 at random moments during an import and during writes to a running server.
// Afterwards the database must pass its integrity check, hold no partial import, and keep every
// write the server acknowledged. COFFEECHAT_CRASH_TRIALS=<n> runs more; COFFEECHAT_CRASH_SEED repeats a run.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeLinkedInConnectionsCsv } from "../../src/integrations/linkedin-fixture.js";
import { startServer } from "../support/spawn-server.js";
import {
  CRASH_SEED,
  finished,
  killAfter,
  readDatabase,
  runCommand,
  seededRandom,
  TRIALS,
} from "./crash-trials.js";

const work = mkdtempSync(path.join(os.tmpdir(), "coffeechat-crash-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("crash trials (SQLite)", () => {
  it(
    `kill -9 during an import, ${TRIALS} times: the import is all or nothing, the file intact`,
    async () => {
      const rows = 4000;
      const csv = path.join(work, "Connections.csv");
      writeFileSync(csv, makeLinkedInConnectionsCsv(rows, { language: "en" }));
      // One uninterrupted import tells how long one takes: the kills land anywhere in that span.
      const timing = path.join(work, "timing");
      const started = Date.now();
      expect(await finished(runCommand(["import", "linkedin", csv], { COFFEECHAT_DATA_DIR: timing }))).toBe(
        0,
      );
      const full = readDatabase(path.join(timing, "coffeechat.sqlite")).contacts;
      const span = Date.now() - started;
      expect(full).toBeGreaterThan(rows * 0.9);

      const random = seededRandom(CRASH_SEED);
      const outcomes: string[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const dataDir = path.join(work, `import-${trial}`);
        const killAt = Math.floor(random() * span * 1.1);
        const how = await killAfter(
          runCommand(["import", "linkedin", csv], { COFFEECHAT_DATA_DIR: dataDir }),
          killAt,
        );
        const state = readDatabase(path.join(dataDir, "coffeechat.sqlite"));
        outcomes.push(`${killAt} ms: ${how}, ${state.contacts} contacts`);
        expect(state.integrity, `trial ${trial} (kill at ${killAt} ms)`).toBe("ok");
        expect(state.foreignKeyProblems, `trial ${trial}`).toBe(0);
        expect([0, full], `trial ${trial} (kill at ${killAt} ms): partial import`).toContain(state.contacts);
        rmSync(dataDir, { recursive: true, force: true });
      }
      console.log(`[crash import] seed ${CRASH_SEED}, full import ${span} ms:\n  ${outcomes.join("\n  ")}`);
    },
    60_000 + TRIALS * 15_000,
  );

  it(
    `kill -9 of a server under writes, ${TRIALS} times: every acknowledged write is there`,
    async () => {
      const dataDir = path.join(work, "server");
      const random = seededRandom(CRASH_SEED + 1);
      const acknowledged = new Set<string>();
      const outcomes: string[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const server = await startServer({ dataDir });
        const killAt = 100 + Math.floor(random() * 1500);
        let stop = false;
        const writer = async (client: number) => {
          for (let n = 0; !stop; n++) {
            const name = { firstName: `T${trial}C${client}`, lastName: `N${n}` };
            try {
              const response = await fetch(`${server.url}/api/contacts`, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ ...name, notes: "x".repeat(2000), tags: ["crash"] }),
              });
              if (response.status === 201) acknowledged.add(`${name.firstName} ${name.lastName}`);
              else if (!stop) throw new Error(`answered ${response.status}`);
            } catch (error) {
              if (!stop) throw error;
              return; // the server is gone: this write was never acknowledged
            }
          }
        };
        const writers = Array.from({ length: 8 }, (_, i) => writer(i));
        await new Promise((resolve) => setTimeout(resolve, killAt));
        stop = true;
        await server.crash();
        await Promise.all(writers);
        const state = readDatabase(path.join(dataDir, "coffeechat.sqlite"));
        const lost = [...acknowledged].filter((name) => !state.names.has(name));
        outcomes.push(`${killAt} ms: ${acknowledged.size} acknowledged so far, ${state.contacts} stored`);
        expect(state.integrity, `trial ${trial}`).toBe("ok");
        expect(state.foreignKeyProblems, `trial ${trial}`).toBe(0);
        expect(lost, `trial ${trial} (kill at ${killAt} ms): acknowledged writes lost`).toEqual([]);
      }
      expect(acknowledged.size).toBeGreaterThan(TRIALS);
      console.log(`[crash server] seed ${CRASH_SEED + 1}:\n  ${outcomes.join("\n  ")}`);
    },
    TRIALS * 30_000,
  );
});
