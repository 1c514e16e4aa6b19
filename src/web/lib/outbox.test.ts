import { describe, expect, it } from "vitest";
import type { Message } from "../api/types.js";
import { FAST_REFRESH_MS, outboxRefreshMs, SLOW_REFRESH_MS, sortOutbox } from "./outbox.js";

function message(fields: Partial<Message>): Message {
  return {
    id: "m1",
    contactId: "p",
    conversationId: null,
    channel: "email",
    purpose: "request",
    direction: "outbound",
    subject: "Hello",
    body: "",
    status: "scheduled",
    scheduledAt: "2026-11-24T08:00:00Z",
    sentAt: null,
    repliedAt: null,
    to: "ada@example.org",
    templateId: null,
    attempts: 0,
    lastError: null,
    nextAttemptAt: "2026-11-24T08:00:00Z",
    createdAt: "2026-11-20T09:00:00Z",
    updatedAt: "2026-11-20T09:00:00Z",
    ...fields,
  };
}

describe("outboxRefreshMs", () => {
  const now = new Date("2026-11-24T07:00:00Z");

  it("looks again often while a message is on its way or due within the minute", () => {
    expect(outboxRefreshMs([message({ status: "sending" })], now)).toBe(FAST_REFRESH_MS);
    expect(outboxRefreshMs([message({ nextAttemptAt: "2026-11-24T07:00:50Z" })], now)).toBe(FAST_REFRESH_MS);
    expect(outboxRefreshMs([message({ nextAttemptAt: "2026-11-24T06:59:00Z" })], now)).toBe(FAST_REFRESH_MS);
  });

  it("looks again slowly while something is scheduled later, and not at all otherwise", () => {
    expect(outboxRefreshMs([message({})], now)).toBe(SLOW_REFRESH_MS);
    expect(outboxRefreshMs([message({ status: "failed", nextAttemptAt: null })], now)).toBe(false);
    expect(outboxRefreshMs([], now)).toBe(false);
  });
});

describe("sortOutbox", () => {
  it("puts failed first, then sending, then scheduled soonest first", () => {
    const sorted = sortOutbox([
      message({ id: "later", nextAttemptAt: "2026-11-25T08:00:00Z" }),
      message({ id: "sending", status: "sending" }),
      message({ id: "failed", status: "failed", nextAttemptAt: null }),
      message({ id: "sooner", nextAttemptAt: "2026-11-24T08:00:00Z" }),
    ]);
    expect(sorted.map((m) => m.id)).toEqual(["failed", "sending", "sooner", "later"]);
  });
});
