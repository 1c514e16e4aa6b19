import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachingStatements } from "./statement-cache.js";

describe("the SQLite statement cache", () => {
  let database: SQLite.Database;
  beforeEach(() => {
    database = new SQLite(":memory:");
    database.exec("create table t (n integer); insert into t values (1), (2), (3)");
  });
  afterEach(() => database.close());

  it("prepares each SQL text once and gives the same answers", () => {
    const cached = cachingStatements(database);
    const first = cached.prepare("select n from t where n > ?");
    expect(cached.prepare("select n from t where n > ?")).toBe(first);
    expect(first.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(cached.prepare("select n from t where n > ?").all([2])).toEqual([{ n: 3 }]);
  });

  it("prepares a second statement while the first is still being read", () => {
    const cached = cachingStatements(database);
    const outer = cached.prepare("select n from t order by n");
    const seen: number[][] = [];
    for (const row of outer.iterate([]) as Iterable<{ n: number }>) {
      const inner = cached.prepare("select n from t order by n");
      expect(inner).not.toBe(outer);
      seen.push([row.n, (inner.all([]) as { n: number }[]).length]);
    }
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("keeps at most its capacity, dropping the least recently used", () => {
    const cached = cachingStatements(database, 2);
    const a = cached.prepare("select 1");
    cached.prepare("select 2");
    expect(cached.prepare("select 1")).toBe(a);
    cached.prepare("select 3");
    expect(cached.prepare("select 1")).toBe(a);
    expect(cached.prepare("select 2")).not.toBe(cached.prepare("select 4"));
  });
});
