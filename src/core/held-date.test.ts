import { describe, expect, it } from "vitest";
import { heldAt, isHeldBeforeItsTime } from "./held-date.js";

const now = new Date("2026-12-06T12:00:00Z");

describe("isHeldBeforeItsTime", () => {
  it("is true only for a move to a held stage while the scheduled time is to come", () => {
    expect(isHeldBeforeItsTime("2026-12-07T10:00:00Z", "done", now)).toBe(true);
    expect(isHeldBeforeItsTime("2026-12-07T10:00:00Z", "thanked", now)).toBe(true);
    expect(isHeldBeforeItsTime("2026-12-05T10:00:00Z", "done", now)).toBe(false);
    expect(isHeldBeforeItsTime(null, "done", now)).toBe(false);
    expect(isHeldBeforeItsTime("2026-12-07T10:00:00Z", "scheduled", now)).toBe(false);
  });
});

describe("heldAt", () => {
  it("is the scheduled time once it has come", () => {
    expect(heldAt({ scheduledAt: "2026-12-05T10:00:00Z", doneAt: null, now })).toBe("2026-12-05T10:00:00Z");
    expect(heldAt({ scheduledAt: "2026-12-05T10:00:00Z", doneAt: "2026-12-05T11:00:00Z", now })).toBe(
      "2026-12-05T10:00:00Z",
    );
  });

  it("is the moment it was marked done when that came before the scheduled time, never a future day", () => {
    expect(heldAt({ scheduledAt: "2026-12-07T10:00:00Z", doneAt: "2026-12-06T09:00:00Z", now })).toBe(
      "2026-12-06T09:00:00Z",
    );
    expect(heldAt({ scheduledAt: null, doneAt: "2026-12-06T09:00:00Z", now })).toBe("2026-12-06T09:00:00Z");
  });

  it("is unknown for a conversation still to come", () => {
    expect(heldAt({ scheduledAt: "2026-12-07T10:00:00Z", doneAt: null, now })).toBeNull();
    expect(heldAt({ scheduledAt: null, doneAt: null, now })).toBeNull();
  });
});
