import { describe, expect, it } from "vitest";
import { commonEnoughForWindow, indexedWords, tsQuery } from "./search.repository.js";

describe("the words PostgreSQL's full-text index is asked for", () => {
  const shares = new Map([
    ["robotics", 0.03],
    ["lead", 0.2],
    ["leadership", 0.05],
    ["talked", 0.8],
    ["work", 0.8],
  ]);

  it("asks for every word, the last as a beginning, when that beginning is rarer than the other words", () => {
    expect(tsQuery(["robotics", "lead"])).toBe("'robotics' & 'lead':*");
    expect(indexedWords(["talked", "robotics"], shares)).toBe("'talked' & 'robotics':*");
    expect(indexedWords(["work", "zebrafish"], shares)).toBe("'work' & 'zebrafish':*");
    expect(indexedWords(["lead"], shares)).toBe("'lead':*");
    expect(indexedWords(["robotics", "lead"], new Map())).toBe("'robotics' & 'lead':*");
  });

  it("leaves out a beginning more common than the rarest other word", () => {
    expect(indexedWords(["robotics", "lead"], shares)).toBe("'robotics'");
    expect(indexedWords(["robotics", "le"], shares)).toBe("'robotics'");
    expect(indexedWords(["talked", "zebrafish", "wo"], shares)).toBe("'talked' & 'zebrafish'");
  });

  it("reads the newest documents first only for words common enough to fill the ranking there", () => {
    expect(commonEnoughForWindow(["talked"], shares, 200)).toBe(true);
    expect(commonEnoughForWindow(["talked", "wo"], shares, 200)).toBe(true);
    expect(commonEnoughForWindow(["robotics", "lead"], shares, 200)).toBe(false);
    expect(commonEnoughForWindow(["robotics", "lead"], shares, 100)).toBe(true);
    expect(commonEnoughForWindow(["talked", "zebrafish"], shares, 200)).toBe(false);
    expect(commonEnoughForWindow(["talked"], new Map(), 200)).toBe(false);
  });
});
