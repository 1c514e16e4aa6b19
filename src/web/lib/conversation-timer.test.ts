import { describe, expect, it } from "vitest";
import { clock, elapsed, pause, phase, readTimer, STOPPED, start } from "./conversation-timer.js";

describe("conversation timer", () => {
  it("counts while running and keeps the count while paused", () => {
    const running = start(STOPPED, 1_000);
    expect(elapsed(running, 61_000)).toBe(60_000);
    const paused = pause(running, 61_000);
    expect(elapsed(paused, 999_999)).toBe(60_000);
    expect(elapsed(start(paused, 100_000), 110_000)).toBe(70_000);
    expect(start(running, 5_000)).toBe(running);
  });

  it("shows the closing sign 5 minutes before the end, and the end", () => {
    expect(phase(0, 30)).toBe("idle");
    expect(phase(24 * 60_000, 30)).toBe("running");
    expect(phase(25 * 60_000, 30)).toBe("closing");
    expect(phase(30 * 60_000, 30)).toBe("over");
    // A short talk closes in its last third.
    expect(phase(10 * 60_000, 15)).toBe("closing");
  });

  it("reads like a clock", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(425_000)).toBe("7:05");
    expect(clock(3_723_000)).toBe("1:02:03");
  });

  it("reads a stored timer defensively", () => {
    expect(readTimer(null)).toEqual(STOPPED);
    expect(readTimer("nonsense")).toEqual(STOPPED);
    expect(readTimer('{"startedAt":5,"elapsedMs":10}')).toEqual({ startedAt: 5, elapsedMs: 10 });
  });
});
