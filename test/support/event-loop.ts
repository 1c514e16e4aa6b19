// For tests of how long work holds Node's event loop: busy work, and a count of the turns the loop
// gave to others (a callback waiting for the next turn, as another request's would) while it ran.
import { performance } from "node:perf_hooks";

/** Keeps this thread busy for `ms`, as a slow query or a large page of a file does. */
export function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // working
  }
}

/**
 * Counts the turns of the event loop from now on: a callback waiting for the next turn (as another
 * request's would) adds one each time it runs, until `stop`.
 */
export function countTurns(): { readonly turns: number; stop(): void } {
  let turns = 0;
  let running = true;
  const another = () => {
    if (!running) return;
    turns++;
    setImmediate(another);
  };
  setImmediate(another);
  return {
    get turns() {
      return turns;
    },
    stop: () => {
      running = false;
    },
  };
}

/** How many times a callback waiting for the next turn of the event loop ran while `run` ran. */
export async function turnsGivenAway(run: () => Promise<unknown>): Promise<number> {
  await new Promise<void>((resolve) => setImmediate(resolve)); // start at the top of a turn
  const counter = countTurns();
  try {
    await run();
  } finally {
    counter.stop();
  }
  return counter.turns;
}
