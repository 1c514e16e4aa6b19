import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../api/types.js";
import { agendaActions } from "./agenda-actions.js";

const now = new Date("2026-11-22T12:00:00Z");
function item(fields: Partial<AgendaItem>): AgendaItem {
  return {
    key: "k",
    kind: "task",
    title: "t",
    detail: "",
    dueAt: "2026-11-22T09:00:00Z",
    overdue: false,
    conversationId: "c1",
    contactId: "p1",
    contactName: "Ada",
    taskId: null,
    step: null,
    ...fields,
  };
}
const ids = (fields: Partial<AgendaItem>) => agendaActions(item(fields), now).map((action) => action.id);

describe("agendaActions", () => {
  it("offers a one-click thank-you", () => {
    expect(ids({ kind: "thank-you" })).toEqual(["mark-thanked", "open-conversation"]);
  });

  it("puts the right follow-up action first for each step", () => {
    expect(ids({ kind: "follow-up", step: "check" })).toEqual(["they-replied", "log-nudge"]);
    expect(ids({ kind: "follow-up", step: "nudge" })).toEqual(["log-nudge", "they-replied"]);
    expect(ids({ kind: "follow-up", step: "let-go" })).toEqual(["mark-no-response", "they-replied"]);
  });

  it("lets a meeting be marked done only once it has started", () => {
    expect(ids({ kind: "meeting", dueAt: "2026-11-22T11:00:00Z" })).toEqual([
      "mark-done",
      "open-conversation",
    ]);
    expect(ids({ kind: "meeting", dueAt: "2026-11-23T11:00:00Z" })).toEqual(["open-conversation"]);
  });

  it("leaves out links to a conversation the item does not have", () => {
    expect(ids({ kind: "task", taskId: "t1", conversationId: null })).toEqual(["task-done"]);
    expect(ids({ kind: "stay-in-touch", conversationId: null })).toEqual(["log-touch"]);
  });
});
