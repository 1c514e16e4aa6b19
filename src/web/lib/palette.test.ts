import { describe, expect, it } from "vitest";
import { matchCommands, paletteEntries, searchResultLink } from "./palette.js";

describe("the command palette's commands", () => {
  it("offers every command before anything is typed", () => {
    expect(matchCommands("").map((command) => command.id)).toContain("plan");
    expect(matchCommands("   ")).toHaveLength(matchCommands("").length);
  });

  it("finds a command by the beginnings of its words, whatever the case and accents", () => {
    expect(matchCommands("plan conv").map((command) => command.id)).toEqual(["plan"]);
    expect(matchCommands("LINKED").map((command) => command.id)).toEqual(["import"]);
    expect(matchCommands("organisations").map((command) => command.id)).toEqual(["organizations"]);
    expect(matchCommands("xylophone")).toEqual([]);
  });
});

describe("where a search result opens", () => {
  it("opens records with a page of their own there", () => {
    expect(searchResultLink({ kind: "contact", id: "c1" })).toBe("/contacts/c1");
    expect(searchResultLink({ kind: "organization", id: "o1" })).toBe("/organizations/o1");
    expect(searchResultLink({ kind: "conversation", id: "v1", contactId: "c1" })).toBe("/conversations/v1");
    expect(searchResultLink({ kind: "goal", id: "g1" })).toBe("/goals/g1");
  });

  it("opens notes, insights and messages at their conversation, else their person", () => {
    expect(searchResultLink({ kind: "insight", id: "i1", conversationId: "v1", contactId: "c1" })).toBe(
      "/conversations/v1",
    );
    expect(searchResultLink({ kind: "note", id: "n1", contactId: "c1" })).toBe("/contacts/c1");
    expect(searchResultLink({ kind: "exchange", id: "e1", contactId: "c1" })).toBe("/contacts/c1#exchanges");
    expect(searchResultLink({ kind: "task", id: "t1" })).toBe("/today");
    expect(searchResultLink({ kind: "message", id: "m1" })).toBeNull();
  });
});

describe("what the palette lists", () => {
  const ada = { kind: "contact", id: "c1", title: "Ada Lovelace", snippet: "Analyst", contactId: "c1" };
  const chat = {
    kind: "conversation",
    id: "v1",
    title: "Coffee with Ada",
    snippet: "single-cell",
    contactId: "c1",
  };

  it("lists results first, then planning and writing to the best person, then matching commands", () => {
    const entries = paletteEntries("ada", null, [chat, ada]);
    expect(entries.map((entry) => entry.label)).toEqual([
      "Coffee with Ada",
      "Ada Lovelace",
      "Plan a conversation with Ada Lovelace",
      "Write to Ada Lovelace",
    ]);
    expect(entries[2]?.to).toBe("/conversations/new?contactId=c1");
    expect(entries[3]?.to).toBe("/compose?contactId=c1");
  });

  it("keeps one kind's results together, in the order of its best one", () => {
    const grace = { ...ada, id: "c2", title: "Grace Hopper", contactId: "c2" };
    const groups = paletteEntries("a", null, [ada, chat, grace]).map((entry) => entry.group);
    expect(groups.slice(0, 3)).toEqual(["People", "People", "Conversations"]);
  });

  it("in a person picker lists only people, each leading to the action", () => {
    const entries = paletteEntries("", "write", [ada, chat]);
    expect(entries).toEqual([
      expect.objectContaining({ label: "Write to Ada Lovelace", to: "/compose?contactId=c1" }),
    ]);
  });
});
