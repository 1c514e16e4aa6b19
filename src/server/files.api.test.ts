import { readFileSync } from "node:fs";
import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateInto } from "../../bench/generate.js";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import {
  assertPythonReaders,
  readICalendarWithPython,
  readVCardsWithVobject,
} from "../../test/support/python-readers.js";
import { makeLinkedInConnectionsCsv } from "../integrations/linkedin-fixture.js";
import { restoreBackupSource } from "../services/backup-read.js";
import { BACKUP_PIECE, writeBackup } from "../services/backup-write.js";
import { linesOf } from "../services/lines.js";
import { createApp } from "./app.js";

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url));

describe.each(dialects)("files through the API [%s]", (dialect) => {
  let t: TestRuntime;
  let app: ReturnType<typeof createApp>;
  let client: ReturnType<typeof testClient<ReturnType<typeof createApp>>>;
  const upload = (format: string, body: Buffer | string, query = "") =>
    app.request(`/api/import/${format}${query}`, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: typeof body === "string" ? body : new Uint8Array(body),
    });

  beforeEach(async () => {
    t = await createTestRuntime(dialect, fixedClock("2026-11-22T09:00:00.000Z"));
    app = createApp({ contextFor: () => t.ctx, runtime: t.runtime, version: "test" });
    client = testClient(app);
  });
  afterEach(async () => {
    await t.close();
  });

  it("previews an import, applies it, and adds nothing the second time", async () => {
    const csv = makeLinkedInConnectionsCsv(300, { language: "en" });
    const preview = await (await upload("linkedin", csv, "?dryRun=true&name=Connections.csv")).json();
    expect(preview).toMatchObject({ format: "linkedin", people: { dryRun: true, counts: { new: 300 } } });
    expect(await (await client.api.contacts.$get({ query: { limit: "1" } })).json()).toMatchObject({
      total: 0,
    });
    const applied = await (await upload("linkedin", csv)).json();
    expect(applied).toMatchObject({ people: { dryRun: false, counts: { new: 300 } } });
    const again = await (await upload("linkedin", csv)).json();
    expect(again).toMatchObject({ people: { counts: { new: 0, unchanged: 300 } } });
  });

  it("unites a possible duplicate the user says is the same person, previewed first, all or nothing", async () => {
    const sam = await (
      await client.api.contacts.$post({
        json: { firstName: "Sam", lastName: "Lee", emails: ["sam@acme.example"], organization: "Acme" },
      })
    ).json();
    if (!("id" in sam)) throw new Error("no contact");
    const vcf = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Ada Byron",
      "N:Byron;Ada;;;",
      "EMAIL:ada@example.org",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Sam Lee",
      "N:Lee;Sam;;;",
      "EMAIL:sam@beta.example",
      "TEL:+1 555 010 0009",
      "ORG:Beta",
      "END:VCARD",
      "",
    ].join("\r\n");
    const send = (query: string) =>
      app.request(`/api/import/vcard${query}`, {
        method: "POST",
        headers: { "content-type": "text/vcard" },
        body: vcf,
      });
    const total = async () => {
      const page = await (await client.api.contacts.$get({ query: { limit: "10" } })).json();
      return "total" in page ? page.total : -1;
    };

    const plain = (await (await send("?dryRun=true")).json()) as {
      people: { items: Array<{ line: number; action: string; duplicateOf?: unknown }> };
    };
    const duplicate = plain.people.items.find((i) => i.action === "duplicate");
    expect(duplicate?.duplicateOf).toEqual({ name: "Sam Lee", contactId: sam.id, line: null, chosen: false });
    const line = duplicate?.line as number;
    const newLine = plain.people.items.find((i) => i.action === "new")?.line as number;

    const preview = await (await send(`?dryRun=true&sameAs=${line}`)).json();
    expect(preview).toMatchObject({
      people: {
        dryRun: true,
        counts: { new: 1, update: 1, duplicate: 0 },
        items: expect.arrayContaining([
          expect.objectContaining({
            line,
            action: "update",
            contactId: sam.id,
            changes: ["e-mail sam@beta.example", "phone +1 555 010 0009"],
            kept: [
              "you said this is the same person as Sam Lee, already here",
              'organisation: kept "Acme" (the file says "Beta")',
            ],
            duplicateOf: expect.objectContaining({ chosen: true }),
          }),
        ]),
      },
    });
    expect(await total()).toBe(1);

    for (const [sameAs, message] of [
      [String(newLine), /is not a possible duplicate/],
      ["Sam", /"Sam" is not a line/],
      ["99", /99 is not a line of this import/],
    ] as const) {
      const refused = await send(`?sameAs=${encodeURIComponent(`${line},${sameAs}`)}`);
      expect(refused.status).toBe(400);
      const body = (await refused.json()) as { error: { field: string; message: string } };
      expect(body.error.field).toBe("sameAs");
      expect(body.error.message).toMatch(message);
    }
    expect(await total()).toBe(1);

    const applied = await (await send(`?sameAs=upload.vcf:${line}`)).json();
    expect(applied).toMatchObject({ people: { dryRun: false, counts: { new: 1, update: 1, duplicate: 0 } } });
    expect(await total()).toBe(2);
    const united = await (await client.api.contacts[":id"].$get({ param: { id: sam.id } })).json();
    expect(united).toMatchObject({
      emails: ["sam@acme.example", "sam@beta.example"],
      phones: ["+1 555 010 0009"],
      organization: "Acme",
    });
  });

  it("refuses a file broken at row 200, naming its line, and writes nothing", async () => {
    const csv = makeLinkedInConnectionsCsv(300, { language: "en", brokenAtRow: 200 });
    const response = await upload("linkedin", csv);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string; field: string } };
    expect(body.error).toMatchObject({ code: "bad_file", field: "file" });
    expect(body.error.message).toMatch(/line 204\b/);
    expect(await (await client.api.contacts.$get({ query: { limit: "1" } })).json()).toMatchObject({
      total: 0,
    });
  });

  it("imports a German export and Google and vCard files as multipart uploads", async () => {
    const form = new FormData();
    form.append("file", new Blob([fixture("linkedin/Connections-de.csv")]), "Connections.csv");
    const german = await app.request("/api/import/linkedin", { method: "POST", body: form });
    expect(german.status).toBe(200);
    expect(await german.json()).toMatchObject({ people: { counts: { duplicate: 0 } } });
    expect((await upload("google", fixture("google/contacts-current.csv"))).status).toBe(200);
    expect((await upload("vcard", fixture("vcard/apple-contacts-3.0.vcf"))).status).toBe(200);
    const page = await (await client.api.contacts.$get({ query: { limit: "500" } })).json();
    expect("total" in page && page.total).toBeGreaterThan(5);
  });

  it("exports vCards that python3-vobject reads whole, unicode intact", async () => {
    assertPythonReaders();
    await client.api.contacts.$post({
      json: {
        firstName: "Zoë",
        lastName: "Ångström",
        emails: ["zoe@example.org"],
        organization: "Nordic Optics",
      },
    });
    await client.api.contacts.$post({ json: { firstName: "李", lastName: "王", tags: ["sinology"] } });
    const response = await app.request("/api/export/vcard");
    expect(response.headers.get("content-type")).toMatch(/^text\/vcard/);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="coffeechat-contacts-2026-11-22\.vcf"/,
    );
    const cards = readVCardsWithVobject(await response.text());
    expect(cards.map((c) => c.fn).sort()).toEqual(["Zoë Ångström", "李 王"].sort());
    expect(cards.find((c) => c.fn === "Zoë Ångström")).toMatchObject({
      emails: ["zoe@example.org"],
      org: ["Nordic Optics"],
    });
  });

  it("gives a conversation's calendar file that python3-icalendar reads with the right UTC start", async () => {
    assertPythonReaders();
    const contact = await (
      await client.api.contacts.$post({ json: { firstName: "Nia", emails: ["nia@example.org"] } })
    ).json();
    if (!("id" in contact)) throw new Error("no contact");
    const conversation = await (
      await client.api.conversations.$post({
        json: {
          contactId: contact.id,
          stage: "scheduled",
          scheduledAt: "2026-11-24T14:30:00Z",
          format: "coffee",
          place: "Café Central",
          durationMinutes: 45,
        },
      })
    ).json();
    if (!("id" in conversation)) throw new Error("no conversation");
    const response = await app.request(`/api/conversations/${conversation.id}/calendar.ics`);
    expect(response.status).toBe(200);
    const calendar = readICalendarWithPython(await response.text());
    expect(calendar.icalendar[0]).toMatchObject({
      start: "2026-11-24T14:30:00Z",
      end: "2026-11-24T15:15:00Z",
      location: "Café Central",
    });
    const unscheduled = await (
      await client.api.conversations.$post({ json: { contactId: contact.id } })
    ).json();
    if (!("id" in unscheduled)) throw new Error("no conversation");
    expect((await app.request(`/api/conversations/${unscheduled.id}/calendar.ics`)).status).toBe(400);
  });

  it("says the feed can reach cloud calendars only when a public address is configured", async () => {
    const hosted = createApp({
      contextFor: () => t.ctx,
      version: "test",
      publicUrl: () => "https://coffeechat.example.edu",
    });
    expect(await (await hosted.request("/api/calendar-feed")).json()).toMatchObject({ reachable: true });
    expect(await (await app.request("/api/calendar-feed")).json()).toMatchObject({ reachable: false });
  });

  it("serves a calendar feed at a secret address until it is revoked", async () => {
    const contact = await (await client.api.contacts.$post({ json: { firstName: "Nia" } })).json();
    if (!("id" in contact)) throw new Error("no contact");
    await client.api.conversations.$post({
      json: { contactId: contact.id, stage: "scheduled", scheduledAt: "2026-11-24T14:30:00Z" },
    });
    const created = (await (await app.request("/api/calendar-feed", { method: "POST" })).json()) as {
      url: string;
    };
    const path = new URL(created.url).pathname;
    const feed = await app.request(path);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/BEGIN:VEVENT[\s\S]*Nia/);
    expect(await (await app.request("/api/calendar-feed")).json()).toMatchObject({
      active: true,
      reachable: false,
    });
    const download = await app.request("/api/calendar-feed/calendar.ics");
    expect(download.headers.get("content-disposition")).toContain("coffeechat.ics");
    expect(await download.text()).toMatch(/BEGIN:VEVENT[\s\S]*Nia/);
    await app.request("/api/calendar-feed", { method: "DELETE" });
    expect((await app.request(path)).status).toBe(404);
    expect((await app.request("/api/feeds/not-a-token/calendar.ics")).status).toBe(404);
  });

  it("restores a JSON backup into an empty coffeechat", async () => {
    await client.api.contacts.$post({ json: { firstName: "Ann", tags: ["x"] } });
    const backup = await (await app.request("/api/export/json")).text();
    const empty = await createTestRuntime(dialect);
    try {
      const emptyApp = createApp({ contextFor: () => empty.ctx, version: "test" });
      const restored = await emptyApp.request("/api/import/json", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: backup,
      });
      expect(await restored.json()).toMatchObject({ format: "json", restored: { contacts: 1, tags: 1 } });
      const again = await app.request("/api/import/json", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: backup,
      });
      expect(again.status).toBe(409);
    } finally {
      await empty.close();
    }
  });

  it("sends a large JSON backup as it is read, in small pieces, and the file restores whole", async () => {
    // Thousands of rows, several pages of every large table, put here through a restore.
    const source = await createTestRuntime("sqlite");
    let generated = "";
    try {
      const db = source.runtime.db.sqlite;
      if (!db) throw new Error("a SQLite runtime has its handle");
      generateInto(db, source.ctx.user.id, { contacts: 1500, notes: 3000 });
      await writeBackup(source.ctx, (chunk) => {
        generated += chunk;
      });
    } finally {
      await source.close();
    }
    const restore = (ctx: typeof t.ctx, text: string) =>
      restoreBackupSource(ctx, { name: "backup.json", lines: () => linesOf(text) }, {});
    const counts = await restore(t.ctx, generated);

    const response = await app.request("/api/export/json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("coffeechat-backup-2026-11-22.json");
    const reader = response.body?.getReader();
    if (!reader) throw new Error("the backup has a body");
    const pieces: number[] = [];
    const decoder = new TextDecoder();
    let text = "";
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      pieces.push(read.value.length);
      text += decoder.decode(read.value, { stream: true });
    }
    text += decoder.decode();
    // A page of rows at once would be hundreds of kilobytes; the server holds one small piece.
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces)).toBeLessThan(BACKUP_PIECE * 2);

    const empty = await createTestRuntime(dialect);
    try {
      expect(await restore(empty.ctx, text)).toEqual(counts);
      expect(counts).toMatchObject({ contacts: 1500, interactions: expect.any(Number) });
      expect(counts.interactions).toBeGreaterThan(1000);
    } finally {
      await empty.close();
    }
  }, 120_000);
});
