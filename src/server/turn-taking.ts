// A long answer written piece by piece (a backup of a million notes takes tens of seconds) gives
// the event loop away every TURN_MS: the pieces are read and written in promises that resolve at
// once, so without it no other request, timer or socket is served until the answer ends.
import { performance } from "node:perf_hooks";

/** How long the writer of one answer may keep the event loop before it lets others in. */
export const TURN_MS = 20;

/** `write`, giving the event loop away once `turnMs` have passed since it last did. */
export function takingTurns<Args extends unknown[]>(
  write: (...args: Args) => Promise<void>,
  turnMs = TURN_MS,
): (...args: Args) => Promise<void> {
  let since = performance.now();
  return async (...args) => {
    await write(...args);
    if (performance.now() - since < turnMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
