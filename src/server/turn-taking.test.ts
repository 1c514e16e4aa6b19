import { describe, expect, it } from "vitest";
import { busyFor, turnsGivenAway } from "../../test/support/event-loop.js";
import { TURN_MS, takingTurns } from "./turn-taking.js";

/** A piece of a large file read and written: the thread is busy for a while. */
async function piece(): Promise<void> {
  busyFor(TURN_MS / 4);
}

describe("a long answer written piece by piece", () => {
  it("lets other requests in every turn's worth of writing", async () => {
    const write = takingTurns(piece);
    const served = await turnsGivenAway(async () => {
      for (let n = 0; n < 40; n++) await write(); // ten turns' worth
    });
    expect(served).toBeGreaterThanOrEqual(8);
  });

  it("without it, nothing else runs until the last piece", async () => {
    const served = await turnsGivenAway(async () => {
      for (let n = 0; n < 40; n++) await piece();
    });
    expect(served).toBe(0);
  });
});
