import { describe, expect, it } from "vitest";
import { rankCandidates, snippet } from "./search.js";

const now = new Date("2026-12-01T00:00:00Z");
const doc = (title: string, body: string, updatedAt = "2026-11-30T00:00:00Z") => ({ title, body, updatedAt });

describe("search ranking", () => {
  it("ranks a title match above a passing mention, and a rarer word above a common one", () => {
    const a = doc("", "We talked about many things, Python among them, and lunch and lunch");
    const b = doc("Python meetup", "");
    expect(rankCandidates([a, b], ["python"], now)).toEqual([b, a]);
    const common = doc("", "lab lab");
    const rare = doc("", "lab cryo");
    const others = [doc("", "lab"), doc("", "lab")];
    expect(rankCandidates([common, rare, ...others], ["lab", "cry"], now)[0]).toBe(rare);
  });

  it("prefers the recent of two equal matches", () => {
    const old = doc("", "grant writing", "2020-01-01T00:00:00Z");
    const recent = doc("", "grant writing");
    expect(rankCandidates([old, recent], ["grant"], now)).toEqual([recent, old]);
  });
});

describe("snippet", () => {
  it("marks each matching word, ignoring case and accents, the last term as a beginning", () => {
    const cut = snippet("Met Zoë at the Café Müller meetup", ["zoe", "caf"]);
    expect(cut.highlights.map((h) => cut.text.slice(h.start, h.end))).toEqual(["Zoë", "Café"]);
  });

  it("cuts a long text around the first match", () => {
    const text = `${"filler words here ".repeat(40)}the single-cell atlas ${"and more ".repeat(40)}`;
    const cut = snippet(text, ["atlas"], 80);
    expect(cut.text.startsWith("…")).toBe(true);
    expect(cut.text.endsWith("…")).toBe(true);
    expect(cut.text.length).toBeLessThan(90);
    const [mark] = cut.highlights;
    expect(mark && cut.text.slice(mark.start, mark.end)).toBe("atlas");
  });
});
