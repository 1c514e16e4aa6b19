import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { importedPerson } from "../../test/support/imported-person.js";
import { createContact, listContacts } from "./contacts.service.js";
import { importContacts } from "./import.service.js";
import { listInteractionsOf } from "./messages.service.js";

describe.each(dialects)("importing people [%s]", (dialect) => {
  let t: TestRuntime;
  beforeEach(async () => {
    t = await createTestRuntime(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("previews without writing, applies everything, and adds nothing the second time", async () => {
    const records = Array.from({ length: 1200 }, (_, i) => importedPerson(i + 5));
    const preview = await importContacts(t.ctx, records, { dryRun: true });
    expect(preview.counts).toMatchObject({ new: 1200, update: 0, unchanged: 0, duplicate: 0 });
    expect((await listContacts(t.ctx, {})).total).toBe(0);

    const applied = await importContacts(t.ctx, records, { dryRun: false });
    expect(applied.counts.new).toBe(1200);
    const page = await listContacts(t.ctx, { q: "first17 last17" });
    expect(page.items[0]).toMatchObject({
      organization: "Org 3",
      title: "Engineer",
      source: "linkedin",
      sourceDetail: "Connected on 2024-03-12",
      linkedinUrl: "https://www.linkedin.com/in/person-17",
    });

    const again = await importContacts(t.ctx, records, { dryRun: false });
    expect(again.counts).toMatchObject({ new: 0, update: 0, unchanged: 1200, duplicate: 0 });
    expect((await listContacts(t.ctx, {})).total).toBe(1200);
  });

  it("fills what the user left empty and never overwrites what they wrote", async () => {
    const mine = await createContact(t.ctx, {
      firstName: "Ada",
      lastName: "Lovelace",
      emails: ["ada@example.org"],
      title: "Analyst (my words)",
    });
    const summary = await importContacts(
      t.ctx,
      [
        importedPerson(7, {
          firstName: "Ada",
          lastName: "Lovelace",
          emails: ["ADA@example.org", "ada@work.example"],
          linkedinUrl: null,
          title: "Countess",
          location: "London",
        }),
      ],
      { dryRun: false },
    );
    expect(summary.items[0]).toMatchObject({ action: "update", contactId: mine.id, line: 7 });
    expect(summary.items[0]?.kept).toEqual(['title: kept "Analyst (my words)" (the file says "Countess")']);
    const after = (await listContacts(t.ctx, { q: "lovelace" })).items[0];
    expect(after).toMatchObject({
      title: "Analyst (my words)",
      location: "London",
      organization: "Org 0",
      emails: ["ada@example.org", "ada@work.example"],
    });
  });

  it("flags a same-name person at another organisation as a possible duplicate", async () => {
    await createContact(t.ctx, { firstName: "Sam", lastName: "Lee", organization: "Acme" });
    const summary = await importContacts(
      t.ctx,
      [
        importedPerson(3, { firstName: "Sam", lastName: "Lee", organization: "Beta", linkedinUrl: null }),
        importedPerson(4, { linkedinUrl: null, firstName: "Sam", lastName: "Lee", organization: "Beta" }),
      ],
      { dryRun: true },
    );
    expect(summary.items.map((i) => i.action)).toEqual(["duplicate", "unchanged"]);
    expect(summary.items[1]?.kept).toEqual(["the same person as line 3"]);
  });

  it("writes nothing when any row fails", async () => {
    const records = [
      importedPerson(1),
      importedPerson(2),
      { ...importedPerson(3), firstName: null as unknown as string },
    ];
    await expect(importContacts(t.ctx, records, { dryRun: false })).rejects.toThrow();
    expect((await listContacts(t.ctx, { archived: "all" })).total).toBe(0);
  });

  it("keeps every index after a large import, and after a large import that fails", async () => {
    const indexNames = async () => {
      const sqlite = t.runtime.db.sqlite;
      if (!sqlite) return [];
      const rows = sqlite
        .prepare("select name from sqlite_master where type = 'index' and tbl_name = 'contacts'")
        .all() as { name: string }[];
      return rows.map((r) => r.name).sort();
    };
    const before = await indexNames();
    const many = Array.from({ length: 6000 }, (_, i) => importedPerson(i + 2));
    const broken = [
      ...many.slice(0, 5999),
      { ...importedPerson(9000), firstName: null as unknown as string },
    ];
    await expect(importContacts(t.ctx, broken, { dryRun: false })).rejects.toThrow();
    expect(await indexNames()).toEqual(before);
    expect((await listContacts(t.ctx, { archived: "all" })).total).toBe(0);

    await importContacts(t.ctx, many, { dryRun: false });
    expect(await indexNames()).toEqual(before);
    expect((await listContacts(t.ctx, { q: "first4321 last4321" })).items).toHaveLength(1);
    expect((await listContacts(t.ctx, { limit: 2 })).total).toBe(6000);
  });

  it("adds dated touches from LinkedIn once, matched by profile or name", async () => {
    await importContacts(t.ctx, [importedPerson(1), importedPerson(2)], { dryRun: false });
    const touches = [
      {
        line: 2,
        linkedinUrl: "https://www.linkedin.com/in/person-1",
        name: "x",
        occurredAt: "2025-01-10T09:00:00.000Z",
        direction: "outbound" as const,
        kind: "message" as const,
        summary: "Hello",
      },
      {
        line: 3,
        linkedinUrl: null,
        name: "First2 Last2",
        occurredAt: "2025-02-01T09:00:00.000Z",
        direction: "inbound" as const,
        kind: "invitation" as const,
        summary: "",
      },
      {
        line: 4,
        linkedinUrl: null,
        name: "Nobody Known",
        occurredAt: "2025-02-01T09:00:00.000Z",
        direction: "inbound" as const,
        kind: "message" as const,
        summary: "",
      },
    ];
    const first = await importContacts(t.ctx, [], { dryRun: false, interactions: touches });
    expect(first.interactions).toEqual({ added: 2, alreadyThere: 0, unmatched: 1 });
    const again = await importContacts(t.ctx, [], { dryRun: false, interactions: touches });
    expect(again.interactions).toEqual({ added: 0, alreadyThere: 2, unmatched: 1 });
    const one = (await listContacts(t.ctx, { q: "first1 last1" })).items[0];
    expect(one?.lastTouchAt).toBe("2025-01-10T09:00:00.000Z");
    expect(await listInteractionsOf(t.ctx, { contactId: one?.id })).toHaveLength(1);
  });
});
