// Load for the route bench: single-client latency (p50/p99) and throughput at many connections,
// over keep-alive HTTP, with a small loop of our own (autocannon is not installed here).
import http from "node:http";
import { performance } from "node:perf_hooks";

export interface Latency {
  p50: number;
  p99: number;
  bytes: number;
}

function get(agent: http.Agent, url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () =>
        response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${response.statusCode}`)),
      );
    });
    request.on("error", reject);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** One client, one request after the other: the latency a person sees. */
export async function latency(
  url: string,
  requests: number,
  headers: Record<string, string> = {},
): Promise<Latency> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    let bytes = 0;
    for (let n = 0; n < Math.min(20, requests); n++) bytes = await get(agent, url, headers);
    const times: number[] = [];
    for (let n = 0; n < requests; n++) {
      const start = performance.now();
      await get(agent, url, headers);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p99: percentile(times, 99), bytes };
  } finally {
    agent.destroy();
  }
}

/** Requests per second with `connections` clients asking at once for `seconds` (with `headers`, e.g. a session). */
export async function throughput(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const client = async () => {
    while (performance.now() < until) {
      await get(agent, url, headers);
      done++;
    }
  };
  const start = performance.now();
  try {
    await Promise.all(Array.from({ length: connections }, client));
  } finally {
    agent.destroy();
  }
  return done / ((performance.now() - start) / 1000);
}

/** The size of a response sent compressed, as a browser asks for it. */
export async function gzippedBytes(url: string): Promise<number> {
  const agent = new http.Agent({ keepAlive: false });
  try {
    return await get(agent, url, { "Accept-Encoding": "gzip" });
  } finally {
    agent.destroy();
  }
}
