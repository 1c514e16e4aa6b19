// A load of many concurrent clients against a running server: mixed reads and writes for a while,
// with each request's latency, and every error (a failed connection, a 5xx, an unexpected status).
import { performance } from "node:perf_hooks";

export interface LoadOptions {
  url: string;
  clients: number;
  seconds: number;
  /** Contacts to aim reads and edits at. */
  contactIds: readonly string[];
}

export interface LoadReport {
  requests: number;
  errors: string[];
  p50: number;
  p99: number;
  max: number;
  /** The same figures per kind of request, e.g. "GET /api/agenda". */
  byRoute: Record<string, { requests: number; p50: number; p99: number; max: number }>;
  /** Latency of each client's first request: connection set-up under load. */
  firstRequestMax: number;
}

type Step = { name: string; method: string; path: string; body?: unknown; expect: number };

function steps(contactIds: readonly string[], client: number, n: number): Step {
  const id = contactIds[(client * 31 + n * 7) % contactIds.length] ?? "";
  const words = ["smith", "ana", "lab", "eng", "müller", "li"];
  switch ((client + n) % 10) {
    case 0:
      return { name: "GET /api/agenda", method: "GET", path: "/api/agenda", expect: 200 };
    case 1:
    case 2:
      return {
        name: "GET /api/contacts?q",
        method: "GET",
        path: `/api/contacts?q=${encodeURIComponent(words[n % words.length] ?? "a")}&limit=50`,
        expect: 200,
      };
    case 3:
      return {
        name: "GET /api/contacts",
        method: "GET",
        path: "/api/contacts?limit=50&sort=-updated",
        expect: 200,
      };
    case 4:
      return { name: "GET /api/contacts/:id", method: "GET", path: `/api/contacts/${id}`, expect: 200 };
    case 5:
      return {
        name: "GET /api/conversations",
        method: "GET",
        path: "/api/conversations?limit=50",
        expect: 200,
      };
    case 6:
      return {
        name: "POST /api/contacts",
        method: "POST",
        path: "/api/contacts",
        body: { firstName: `Load ${client}`, lastName: `Run ${n}`, tags: ["load"] },
        expect: 201,
      };
    case 7:
      return {
        name: "PATCH /api/contacts/:id",
        method: "PATCH",
        path: `/api/contacts/${id}`,
        body: { title: `Engineer ${n}` },
        expect: 200,
      };
    case 8:
      return {
        name: "POST /api/tasks",
        method: "POST",
        path: "/api/tasks",
        body: { title: `Follow up ${client}/${n}`, contactId: id },
        expect: 201,
      };
    default:
      return { name: "GET /api/health", method: "GET", path: "/api/health", expect: 200 };
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const deadline = performance.now() + options.seconds * 1000;
  const times = new Map<string, number[]>();
  const errors: string[] = [];
  const firsts: number[] = [];
  const client = async (index: number) => {
    for (let n = 0; performance.now() < deadline; n++) {
      const step = steps(options.contactIds, index, n);
      const start = performance.now();
      try {
        const response = await fetch(`${options.url}${step.path}`, {
          method: step.method,
          ...(step.body === undefined
            ? {}
            : { headers: { "content-type": "application/json" }, body: JSON.stringify(step.body) }),
          signal: AbortSignal.timeout(60_000),
        });
        await response.arrayBuffer();
        if (response.status !== step.expect) errors.push(`${step.name} answered ${response.status}`);
      } catch (error) {
        errors.push(`${step.name} failed: ${(error as Error).message}`);
      }
      const elapsed = performance.now() - start;
      if (n === 0) firsts.push(elapsed);
      const list = times.get(step.name) ?? [];
      list.push(elapsed);
      times.set(step.name, list);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  const all = [...times.values()].flat().sort((a, b) => a - b);
  const byRoute: LoadReport["byRoute"] = {};
  for (const [name, list] of times) {
    const sorted = [...list].sort((a, b) => a - b);
    byRoute[name] = {
      requests: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
    };
  }
  return {
    requests: all.length,
    errors,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    max: all.at(-1) ?? 0,
    byRoute,
    firstRequestMax: Math.max(0, ...firsts),
  };
}

export function formatLoadReport(report: LoadReport): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const lines = [
    `${report.requests} requests, ${report.errors.length} errors; p50 ${ms(report.p50)}, p99 ${ms(report.p99)}, max ${ms(report.max)}; slowest first request ${ms(report.firstRequestMax)}`,
    ...Object.entries(report.byRoute)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, r]) =>
          `  ${name.padEnd(26)} ${String(r.requests).padStart(6)}  p50 ${ms(r.p50).padStart(7)}  p99 ${ms(r.p99).padStart(7)}  max ${ms(r.max).padStart(7)}`,
      ),
  ];
  return lines.join("\n");
}
