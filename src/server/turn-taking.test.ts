import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { TURN_MS, takingTurns } from "./turn-taking.js";

/** Keeps the thread busy for `ms`, as reading and writing a page of a large file does. */
function busy(ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // working
  }
  return Promise.resolve();
}

/** How many times another request (a callback for the next turn) got in while `run` ran. */
async function othersServed(run: () => Promise<void>): Promise<number> {
  let served = 0;
  let running = true;
  const another = () => {
    if (!running) return;
    served++;
    setImmediate(another);
  };
  setImmediate(another);
  await run();
  running = false;
  return served;
}

describe("a long answer written piece by piece", () => {
  it("lets other requests in every turn's worth of writing", async () => {
    const write = takingTurns(() => busy(TURN_MS / 4));
    const served = await othersServed(async () => {
      for (let piece = 0; piece < 40; piece++) await write(); // ten turns' worth
    });
    expect(served).toBeGreaterThanOrEqual(8);
  });

  it("without it, nothing else runs until the last piece", async () => {
    const served = await othersServed(async () => {
      for (let piece = 0; piece < 40; piece++) await busy(TURN_MS / 4);
    });
    expect(served).toBe(0);
  });
});
