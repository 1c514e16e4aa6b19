// Timing helpers: the median of several runs, in milliseconds.
import { performance } from "node:perf_hooks";

export async function median(runs: number, action: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export interface Row {
  operation: string;
  oursMs: number;
  limitMs: number;
  ratio: number;
  target: number | null;
  note: string;
}

export function row(
  operation: string,
  oursMs: number,
  limitMs: number,
  target: number | null,
  note: string,
): Row {
  return { operation, oursMs, limitMs, ratio: oursMs / limitMs, target, note };
}

export function formatTable(rows: Row[]): string {
  const header = ["operation", "ours", "raw limit", "ratio", "target"];
  const lines = rows.map((r) => [
    r.operation,
    `${r.oursMs.toFixed(1)} ms`,
    `${r.limitMs.toFixed(1)} ms`,
    `${r.ratio.toFixed(2)}×`,
    r.target === null ? "" : `≤ ${r.target}× ${r.ratio <= r.target ? "met" : "MISSED"}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [format(header), format(widths.map((w) => "-".repeat(w))), ...lines.map(format)].join("\n");
}
