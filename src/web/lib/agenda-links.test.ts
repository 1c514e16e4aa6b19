import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../api/types.js";
import { agendaLink } from "./agenda-links.js";

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

describe("agendaLink", () => {
  it("leads preparation to the prep sheet and giving back to the ledger", () => {
    expect(agendaLink(item({ kind: "prep" }), now)).toEqual({
      to: "/conversations/c1/prep",
      label: "Open the prep sheet",
      primary: true,
    });
    expect(agendaLink(item({ kind: "give-back", conversationId: null }), now)?.to).toBe(
      "/contacts/p1#exchanges",
    );
  });

  it("offers the prep sheet before a meeting and conversation mode once it started", () => {
    expect(agendaLink(item({ kind: "meeting", dueAt: "2026-11-23T09:00:00Z" }), now)?.to).toBe(
      "/conversations/c1/prep",
    );
    expect(agendaLink(item({ kind: "meeting" }), now)?.to).toBe("/conversations/c1/live");
  });

  it("has nothing for other items", () => {
    expect(agendaLink(item({ kind: "task" }), now)).toBeNull();
    expect(agendaLink(item({ kind: "prep", conversationId: null }), now)).toBeNull();
  });
});
