import { describe, expect, it } from "vitest";
import type { ImportItem } from "../api/types.js";
import {
  applyLabel,
  canApply,
  duplicateOfText,
  errorLine,
  isNothingNew,
  itemDetail,
  itemsOf,
  keptNotes,
  previewHeadline,
  restoredParts,
  resultHeadline,
  sameAsRef,
} from "./import-summary.js";

const counts = (c: Partial<Record<"new" | "update" | "unchanged" | "duplicate", number>>) => ({
  counts: { new: 0, update: 0, unchanged: 0, duplicate: 0, merged: 0, skipped: 0, ...c },
});
const item = (over: Partial<ImportItem>): ImportItem => ({
  line: 5,
  name: "Ada Lovelace",
  action: "new",
  contactId: null,
  changes: [],
  kept: [],
  ...over,
});
const connections = [{ name: "Connections.csv" }];

describe("import summary", () => {
  it("counts the people written: new, possible duplicates (added too) and updates", () => {
    expect(applyLabel(counts({ new: 48, duplicate: 1, update: 1, unchanged: 7 }), connections)).toBe(
      "Import 50 people",
    );
    expect(applyLabel(counts({ new: 1 }), connections)).toBe("Import 1 person");
  });

  it("tells a file with nothing new, which only LinkedIn messages can still apply", () => {
    const same = counts({ unchanged: 50 });
    expect(isNothingNew(same)).toBe(true);
    expect(previewHeadline(same)).toBe("Nothing new in this file");
    expect(canApply(same, connections)).toBe(false);
    const withMessages = [...connections, { name: "messages.csv" }];
    expect(canApply(same, withMessages)).toBe(true);
    expect(applyLabel(same, withMessages)).toBe("Import the messages and invitations");
  });

  it("says what the preview and the result do, in one sentence", () => {
    expect(previewHeadline(counts({ new: 50 }))).toBe("50 people to add");
    expect(previewHeadline(counts({ new: 2, update: 1, duplicate: 3 }))).toBe(
      "2 people to add, 1 person to complete and 3 possible duplicates to check",
    );
    expect(resultHeadline(counts({ new: 2, duplicate: 1, update: 4 }))).toBe(
      "3 people added and 4 people completed",
    );
    expect(resultHeadline(counts({ unchanged: 3 }))).toBe("Your contacts were already up to date");
  });

  it("finds the line an error names", () => {
    expect(errorLine("Connections.csv: line 24 (row 20 after the header): a quote is missing")).toBe(24);
    expect(errorLine("This is not a coffeechat backup.")).toBeNull();
  });

  it("lists kept values with their person and line, and filters lines by action", () => {
    const items = [
      item({ line: 5, action: "update", changes: ["title"], kept: ['location: kept "Paris"'] }),
      item({ line: 6, name: "Grace Hopper", action: "unchanged", kept: ["the same person as line 5"] }),
      item({ line: 7, name: "Alan Turing" }),
    ];
    expect(keptNotes(items)).toEqual([
      { line: 5, name: "Ada Lovelace", text: 'location: kept "Paris"' },
      { line: 6, name: "Grace Hopper", text: "the same person as line 5" },
    ]);
    expect(itemsOf(items, "new").map((i) => i.line)).toEqual([7]);
    expect(itemsOf(items, "all")).toHaveLength(3);
    expect(itemDetail(items[0] as ImportItem)).toBe("Adds title");
  });

  it("reads a backup's tables as words, leaving out the links between rows", () => {
    expect(restoredParts({ contact_tags: 9, contacts: 120, interactions: 1, organizations: 0 })).toEqual([
      "120 contacts",
      "1 timeline entry",
    ]);
  });

  it("names whom a possible duplicate may be, and keeps the ones the user settled under that filter", () => {
    const here = item({
      line: 7,
      name: "Sam Lee",
      action: "duplicate",
      contactId: "c1",
      duplicateOf: { name: "Sam Lee", contactId: "c1", line: null, chosen: false },
    });
    const earlier = item({
      line: 4,
      file: "Contacts.csv",
      name: "Sam Lee",
      action: "duplicate",
      duplicateOf: { name: "Sam Lee", contactId: null, line: 2, file: "Connections.csv", chosen: false },
    });
    const settled = item({
      line: 9,
      name: "Kim Noor",
      action: "update",
      contactId: "c2",
      changes: ["e-mail kim@x.org"],
      duplicateOf: { name: "Kim Noor", contactId: "c2", line: null, chosen: true },
    });
    expect(duplicateOfText(here)).toBe("Sam Lee, already in your contacts");
    expect(duplicateOfText(earlier)).toBe("Sam Lee on Connections.csv line 2");
    expect(duplicateOfText(item({}))).toBeNull();
    expect(itemDetail(here)).toBe(
      "Same name as Sam Lee, already in your contacts; added separately unless you say it is the same person",
    );
    expect(itemDetail(settled)).toBe("You said it is the same person: adds e-mail kim@x.org");
    expect(itemsOf([here, item({}), settled], "duplicate")).toEqual([here, settled]);
    expect(itemsOf([here, item({}), settled], "update")).toEqual([settled]);
    expect(sameAsRef(here)).toBe("7");
    expect(sameAsRef(earlier)).toBe("Contacts.csv:4");
  });
});
