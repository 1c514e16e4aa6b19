// The OpenAPI-driven fuzzer: thousands of hostile requests across every route and method, on each
// database; no answer may be a 5xx, and every error must be { error: { code, message, field? } }.
// Reproduce a run with COFFEECHAT_FUZZ_SEED=<seed>; scale it with COFFEECHAT_FUZZ_RUNS=<n>.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { createTestRuntime, dialects, type TestRuntime } from "../support/databases.js";
import {
  asCurl,
  type FuzzRequest,
  isErrorShape,
  type OpenApiDocument,
  RequestArbitraries,
} from "./openapi-requests.js";
import { seedRecords } from "./seed-records.js";

const PORT = 4545;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS: Record<string, number> = {
  sqlite: Number(process.env.COFFEECHAT_FUZZ_RUNS ?? 3000),
  postgres: Number(process.env.COFFEECHAT_FUZZ_RUNS ?? 0) || 1000,
};
const SEED = Number(process.env.COFFEECHAT_FUZZ_SEED ?? 20261122);
const BATCH = 100;

/** /api/contacts → contacts; /api/contacts/ID/exchanges → exchanges; /api/conversations/ID/referrals → contacts. */
function createdKind(path: string): string {
  const parts = path.split("?")[0]?.split("/") ?? [];
  const last = parts.length > 4 ? parts[4] : parts[2];
  return last === "referrals" ? "contacts" : (last ?? "");
}

interface Finding {
  request: string;
  status: number;
  body: string;
}

describe.each(dialects)("fuzzing the HTTP API from its OpenAPI document [%s]", (dialect) => {
  let t: TestRuntime;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    t = await createTestRuntime(dialect);
    app = createApp({ contextFor: () => t.ctx, version: "fuzz", localGuard: { port: () => PORT } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const send = (request: FuzzRequest) =>
    app.request(`${BASE}${request.path}`, {
      method: request.method,
      headers: { host: `127.0.0.1:${PORT}`, ...request.headers },
      ...(request.body === undefined ? {} : { body: request.body }),
    });

  it(`answers ${RUNS[dialect]} hostile requests without a 5xx, every error in our shape (seed ${SEED})`, async () => {
    const doc = (await (
      await send({ method: "GET", path: "/api/openapi.json", headers: {} })
    ).json()) as OpenApiDocument;
    const ids = await seedRecords(async (request) => send(request));
    const levels = [0.02, 0.1, 0.4].map(
      (hostility) => new RequestArbitraries(doc, (kind) => ids.of(kind), hostility),
    );
    const requestsOf = fc.oneof(...levels.map((level) => level.requests()));
    const findings: Finding[] = [];
    const statuses = new Map<number, number>();
    const runs = RUNS[dialect] ?? 1000;
    for (let batch = 0; batch * BATCH < runs; batch++) {
      const requests = fc.sample(requestsOf, {
        seed: SEED + batch,
        numRuns: Math.min(BATCH, runs - batch * BATCH),
      });
      for (const [index, request] of requests.entries()) {
        const response = await send(request);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        if (response.status < 400) {
          const id = (body as { id?: unknown } | undefined)?.id;
          if (request.method === "POST" && typeof id === "string") ids.add(createdKind(request.path), id);
          continue;
        }
        if (response.status >= 500 || !isErrorShape(body)) {
          findings.push({
            request: `#${batch * BATCH + index} (seed ${SEED + batch}, index ${index}): ${asCurl(request, BASE)}`,
            status: response.status,
            body: text.slice(0, 500),
          });
        }
      }
    }
    console.log(
      `[fuzz ${dialect}] ${runs} requests, seed ${SEED}: ${[...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(" ")}`,
    );
    if (findings.length > 0)
      console.error(
        findings
          .slice(0, 30)
          .map((f) => `${f.status} ${f.request}\n   → ${f.body}`)
          .join("\n"),
      );
    expect(findings.length, `${findings.length} findings; the first: ${JSON.stringify(findings[0])}`).toBe(0);
  }, 300_000);
});
