// Every list and Today query at a size where a full scan shows: the plan of each statement the
// services run must reach the large tables through an index (SQLite's EXPLAIN QUERY PLAN).
import type SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInto } from "../../bench/generate.js";
import { createTestRuntime, type TestRuntime } from "../../test/support/databases.js";
import { turnsGivenAway } from "../../test/support/event-loop.js";
import { CONTACT_SORTS } from "../core/contact.schema.js";
import { getAgenda } from "../services/agenda.service.js";
import { writeBackup } from "../services/backup-write.js";
import { listContacts } from "../services/contacts.service.js";
import { listConversations } from "../services/conversations.service.js";

const LARGE = [
  "contacts",
  "conversations",
  "messages",
  "interactions",
  "contact_tags",
  "stage_events",
  "tasks",
];

interface Ran {
  sql: string;
  params: unknown[];
}

/** Records every statement run on this connection (prepared anew or reused), with its parameters. */
function recordStatements(sqlite: SQLite.Database): { ran: Ran[]; stop(): void } {
  const ran: Ran[] = [];
  const prototype = Object.getPrototypeOf(sqlite.prepare("select 1")) as Record<string, unknown>;
  const originals = new Map<string, unknown>();
  for (const method of ["all", "get", "iterate", "run"]) {
    const original = prototype[method] as (this: SQLite.Statement, ...params: unknown[]) => unknown;
    originals.set(method, original);
    prototype[method] = function (this: SQLite.Statement, ...params: unknown[]) {
      if (this.database === sqlite) ran.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  return {
    ran,
    stop: () => {
      for (const [method, original] of originals) prototype[method] = original;
    },
  };
}

/** The tables (by name or alias) a statement reads by walking every row. */
function fullScans(sqlite: SQLite.Database, ran: Ran): string[] {
  const plan = sqlite.prepare(`explain query plan ${ran.sql}`).all(...ran.params) as { detail: string }[];
  const aliases = new Map<string, string>();
  for (const [, table, alias] of ran.sql.matchAll(/(?:from|join)\s+"?(\w+)"?(?:\s+as\s+"?(\w+)"?)?/gi)) {
    if (table) aliases.set(alias ?? table, table);
  }
  return plan
    .map((step) => /^SCAN (\w+)/.exec(step.detail)?.[1])
    .filter((name): name is string => name !== undefined && LARGE.includes(aliases.get(name) ?? name))
    .map((name) => `${aliases.get(name) ?? name} in: ${ran.sql}`);
}

describe("query plans at 20,000 contacts [sqlite]", () => {
  let t: TestRuntime;
  let sqlite: SQLite.Database;
  beforeAll(async () => {
    t = await createTestRuntime("sqlite");
    sqlite = t.runtime.db.sqlite as SQLite.Database;
    generateInto(sqlite, t.ctx.user.id, { contacts: 20_000, notes: 5_000 });
    sqlite.exec("analyze");
  });
  afterAll(async () => {
    await t.close();
  });

  async function scansOf(run: () => Promise<unknown>): Promise<string[]> {
    const recorder = recordStatements(sqlite);
    try {
      await run();
    } finally {
      recorder.stop();
    }
    const selects = recorder.ran.filter((r) => /^\s*select/i.test(r.sql));
    expect(selects.length).toBeGreaterThan(0);
    return selects.flatMap((r) => fullScans(sqlite, r));
  }

  it.each(CONTACT_SORTS)(
    "pages through contacts sorted by %s on an index, first and next page",
    async (sort) => {
      const first = await listContacts(t.ctx, { sort, limit: 50 });
      expect(first.items).toHaveLength(50);
      expect(await scansOf(() => listContacts(t.ctx, { sort, limit: 50 }))).toEqual([]);
      const cursor = first.nextCursor ?? undefined;
      expect(await scansOf(() => listContacts(t.ctx, { sort, limit: 50, cursor }))).toEqual([]);
    },
  );

  it.each([
    ["search", { q: "smith" }],
    ["tag", { tag: "mentor" }],
    ["source", { source: "linkedin" }],
    ["organisation", { organizationId: "00000001-0000-4000-8000-000000000003" }],
  ])("filters and searches contacts (%s) on an index", async (_name, filter) => {
    const page = await listContacts(t.ctx, { ...filter, limit: 50 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(await scansOf(() => listContacts(t.ctx, { ...filter, limit: 50 }))).toEqual([]);
  });

  it.each([
    ["the whole list", {}],
    ["a search matching most people", { q: "example" }],
    ["a search with a thousand matches", { q: "smith" }],
  ])("walks the index of the people not archived, by name, for %s", async (_name, filter) => {
    const recorder = recordStatements(sqlite);
    try {
      await listContacts(t.ctx, { ...filter, limit: 50 });
    } finally {
      recorder.stop();
    }
    const pages = recorder.ran.filter((r) => /order by "contacts"."sort_name"/.test(r.sql));
    expect(pages).toHaveLength(1);
    const page = pages[0] as Ran;
    const plan = sqlite.prepare(`explain query plan ${page.sql}`).all(...page.params) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(" | ")).toContain("USING INDEX contacts_owner_sort_live");
  });

  it.each([
    ["a search", { q: "smith" }, "search_text like '%smith%'"],
    ["a short search", { q: "an" }, "search_text like '%an%'"],
    ["a search matching most people", { q: "example" }, "search_text like '%example%'"],
    [
      "a search and a tag",
      { q: "smith", tag: "mentor" },
      `search_text like '%smith%' and ${"id in (select contact_id from contact_tags where tag_id = (select id from tags where name_key = 'mentor'))"}`,
    ],
    [
      "a tag",
      { tag: "alumni" },
      "id in (select contact_id from contact_tags where tag_id = (select id from tags where name_key = 'alumni'))",
    ],
    ["no filter", {}, "1 = 1"],
  ])(
    "counts every match of %s, however many slices of the table it counts in, and pages them in order",
    async (_name, filter, where) => {
      const expected = sqlite
        .prepare(`select count(*) as n from contacts where owner_id = ? and archived_at is null and ${where}`)
        .get(t.ctx.user.id) as { n: number };
      expect(expected.n).toBeGreaterThan(0);
      const page = await listContacts(t.ctx, { ...filter, limit: 50 });
      expect(page.total).toBe(expected.n);
      const first = sqlite
        .prepare(
          `select id from contacts where owner_id = ? and archived_at is null and ${where} order by sort_name, id limit 50`,
        )
        .all(t.ctx.user.id) as { id: string }[];
      expect(page.items.map((c) => c.id)).toEqual(first.map((r) => r.id));
    },
  );

  it("warms the name order a slice at a time, in the order of its index, with other work between slices", async () => {
    const live = sqlite
      .prepare("select count(*) as n from contacts where owner_id = ? and archived_at is null")
      .get(t.ctx.user.id) as { n: number };
    const recorder = recordStatements(sqlite);
    let slices = 0;
    let turns = 0;
    try {
      turns = await turnsGivenAway(async () => {
        slices = await t.ctx.repos.contacts.warmNameOrder(() => false);
      });
    } finally {
      recorder.stop();
    }
    // Each slice reads 2,000 entries; the last one finds its end.
    expect(slices).toBe(Math.floor(live.n / 2_000) + 1);
    expect(turns).toBeGreaterThanOrEqual(slices - 1);
    const reads = recorder.ran.filter((r) => /^\s*select/i.test(r.sql));
    expect(reads).toHaveLength(slices);
    for (const read of reads) {
      const plan = (
        sqlite.prepare(`explain query plan ${read.sql}`).all(...read.params) as { detail: string }[]
      )
        .map((step) => step.detail)
        .join(" | ");
      expect(plan).toMatch(/USING (COVERING )?INDEX contacts_owner_sort_live/);
      expect(plan).not.toContain("TEMP B-TREE");
    }
  });

  it("stops warming between two slices when asked", async () => {
    let asked = 0;
    expect(await t.ctx.repos.contacts.warmNameOrder(() => asked++ > 0)).toBe(1);
  });

  it("lists conversations, all or by stage, on an index", async () => {
    expect(await scansOf(() => listConversations(t.ctx, { limit: 50 }))).toEqual([]);
    const asked = await listConversations(t.ctx, { stage: ["asked"], limit: 50 });
    expect(asked.items.every((c) => c.stage === "asked")).toBe(true);
    expect(await scansOf(() => listConversations(t.ctx, { stage: ["asked"], limit: 50 }))).toEqual([]);
  });

  it("builds Today without reading every contact or conversation", async () => {
    expect(await scansOf(() => getAgenda(t.ctx))).toEqual([]);
  });

  it("writes a backup reading each table once as stored, never sorting a whole table first", async () => {
    // A sort of a million notes holds a sorter's worth of memory and takes three times as long.
    const recorder = recordStatements(sqlite);
    let bytes = 0;
    try {
      await writeBackup(t.ctx, (chunk) => {
        bytes += chunk.length;
      });
    } finally {
      recorder.stop();
    }
    expect(bytes).toBeGreaterThan(1_000_000);
    const sorts = recorder.ran
      .filter((r) => /^\s*select/i.test(r.sql))
      .flatMap((r) =>
        (sqlite.prepare(`explain query plan ${r.sql}`).all(...r.params) as { detail: string }[])
          .filter((step) => /TEMP B-TREE/.test(step.detail))
          .map((step) => `${step.detail} in: ${r.sql}`),
      );
    expect(sorts).toEqual([]);
  });
});
