import { describe, expect, it } from "vitest";
import {
  addQuestion,
  fromServer,
  insertIndex,
  moveItem,
  notInList,
  sameList,
  toInput,
} from "./question-list.js";

const item = (area: "path" | "day" | "leads", text: string, questionId: string | null = text) => ({
  id: null,
  questionId,
  area,
  areaLabel: area,
  text,
  askedAt: null,
  note: "",
});

describe("question list", () => {
  it("keeps keys stable by bank question, and unique for repeats and free questions", () => {
    const drafts = fromServer([item("path", "a"), item("path", "a"), item("day", "free", null)]);
    expect(drafts[0]?.key).toBe("a");
    expect(new Set(drafts.map((d) => d.key)).size).toBe(3);
  });

  it("saves the order, the asked time and the notes, not the keys", () => {
    const drafts = fromServer([item("path", "a")]).map((d) => ({
      ...d,
      note: "n",
      askedAt: "2026-01-01T00:00:00Z",
    }));
    expect(toInput(drafts)).toEqual({
      items: [{ questionId: "a", area: "path", text: "a", askedAt: "2026-01-01T00:00:00Z", note: "n" }],
    });
    expect(sameList(drafts, fromServer([item("path", "a")]))).toBe(false);
  });

  it("moves up and down within bounds", () => {
    expect(moveItem([1, 2, 3], 1, -1)).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
  });

  it("adds new questions before the closing asks for more people", () => {
    const list = fromServer([item("path", "a"), item("leads", "mention"), item("leads", "who else")]);
    expect(insertIndex(list, "day")).toBe(1);
    expect(insertIndex(list, "leads")).toBe(2);
    expect(insertIndex([], "day")).toBe(0);
    const added = addQuestion(list, { questionId: null, area: "day", text: "  A free one? " });
    expect(added.map((d) => d.text)).toEqual(["a", "A free one?", "mention", "who else"]);
    expect(added[1]?.areaLabel).toBe("A typical day");
  });

  it("offers only the bank's questions not in the list yet", () => {
    const list = fromServer([item("path", "a")]);
    expect(notInList([{ id: "a" }, { id: "b" }], list)).toEqual([{ id: "b" }]);
  });
});
