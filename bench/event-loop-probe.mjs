// Preloaded into the benchmarked server (node --import ./bench/event-loop-probe.mjs ...): records
// how long the event loop is held up, and on SIGUSR2 writes the longest delay and the p99 since the
// last signal (in ms) to the file named by COFFEECHAT_BENCH_EVENT_LOOP, then starts over. Nothing
// of it is in the product: the bench loads it from outside.
import { writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

const file = process.env.COFFEECHAT_BENCH_EVENT_LOOP;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  process.on("SIGUSR2", () => {
    const ms = (ns) => ns / 1e6;
    writeFileSync(file, JSON.stringify({ max: ms(histogram.max), p99: ms(histogram.percentile(99)) }));
    histogram.reset();
  });
}
