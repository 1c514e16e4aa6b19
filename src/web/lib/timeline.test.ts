import { describe, expect, it } from "vitest";
import type { Message } from "../api/types.js";
import { awaitsReply, buildTimeline, messageTitle } from "./timeline.js";

function message(fields: Partial<Message>): Message {
  return {
    id: "m1",
    contactId: "p",
    conversationId: "c",
    channel: "email",
    purpose: "request",
    direction: "outbound",
    subject: "",
    body: "",
    status: "sent",
    scheduledAt: null,
    sentAt: "2026-11-10T09:00:00Z",
    repliedAt: null,
    to: null,
    templateId: null,
    attempts: 0,
    lastError: null,
    nextAttemptAt: null,
    createdAt: "2026-11-10T09:00:00Z",
    updatedAt: "2026-11-10T09:00:00Z",
    ...fields,
  };
}

describe("buildTimeline", () => {
  it("tells the story oldest first, a reply at the time it came, drafts left out", () => {
    const entries = buildTimeline(
      [
        { from: null, to: "idea", at: "2026-11-01T09:00:00Z", note: "" },
        { from: "idea", to: "asked", at: "2026-11-10T09:00:00Z", note: "" },
        { from: "asked", to: "scheduled", at: "2026-11-13T09:00:00Z", note: "Thursday" },
      ],
      [
        message({ repliedAt: "2026-11-12T15:00:00Z" }),
        message({ id: "m2", status: "draft", sentAt: null, createdAt: "2026-11-11T09:00:00Z" }),
      ],
    );
    expect(entries.map((entry) => entry.key)).toEqual([
      "stage-0",
      "message-m1",
      "stage-1",
      "reply-m1",
      "stage-2",
    ]);
  });

  it("places messages still in the outbox at the time they are due, with their status in the title", () => {
    const entries = buildTimeline(
      [{ from: null, to: "to-ask", at: "2026-11-01T09:00:00Z", note: "" }],
      [
        message({
          status: "scheduled",
          sentAt: null,
          scheduledAt: "2026-11-24T08:00:00Z",
          nextAttemptAt: "2026-11-24T08:00:00Z",
        }),
        message({
          id: "m2",
          status: "failed",
          sentAt: null,
          scheduledAt: "2026-11-03T08:00:00Z",
          nextAttemptAt: null,
          lastError: "Mailbox unavailable",
        }),
      ],
    );
    expect(entries.map((entry) => [entry.key, entry.at])).toEqual([
      ["stage-0", "2026-11-01T09:00:00Z"],
      ["message-m2", "2026-11-03T08:00:00Z"],
      ["message-m1", "2026-11-24T08:00:00Z"],
    ]);
    expect(messageTitle(message({ status: "scheduled" }))).toBe("Request scheduled by e-mail");
    expect(messageTitle(message({ status: "sending" }))).toBe("Request being sent by e-mail");
    expect(messageTitle(message({ status: "failed", purpose: "thank-you" }))).toBe(
      "Thank-you could not be sent by e-mail",
    );
  });

  it("waits for a reply only to a sent ask that has none", () => {
    expect(awaitsReply(message({}))).toBe(true);
    expect(awaitsReply(message({ purpose: "intro-request" }))).toBe(true);
    expect(awaitsReply(message({ repliedAt: "2026-11-11T09:00:00Z" }))).toBe(false);
    expect(awaitsReply(message({ status: "scheduled", sentAt: null }))).toBe(false);
    expect(awaitsReply(message({ purpose: "thank-you" }))).toBe(false);
    expect(awaitsReply(message({ direction: "inbound" }))).toBe(false);
  });

  it("names messages by purpose and channel", () => {
    expect(messageTitle(message({}))).toBe("Request sent by e-mail");
    expect(messageTitle(message({ purpose: "thank-you", channel: "linkedin" }))).toBe(
      "Thank-you sent on LinkedIn",
    );
    expect(messageTitle(message({ purpose: "follow-up", channel: "other" }))).toBe("Follow-up sent");
  });
});
