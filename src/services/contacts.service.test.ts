import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import {
  archiveContact,
  createContact,
  getContact,
  listContacts,
  listTags,
  restoreContact,
  updateContact,
} from "./contacts.service.js";
import { listOrganizations } from "./organizations.service.js";

describe.each(dialects)("contacts service [%s]", (dialect) => {
  let t: TestRuntime;
  beforeEach(async () => {
    t = await createTestRuntime(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("adds a contact with every field and reads it back the same", async () => {
    const created = await createContact(t.ctx, {
      firstName: " José ",
      lastName: "Núñez",
      emails: ["Jose@Example.org", "jose@example.org", "j.nunez@lab.example"],
      phones: ["+34 600 000 000"],
      linkedinUrl: "linkedin.com/in/Jose-Nunez/?trk=abc",
      organization: "Instituto Ejemplo",
      title: "Postdoc",
      location: "Madrid",
      timeZone: "Europe/Madrid",
      source: "Conference",
      sourceDetail: "Poster session",
      relationshipStrength: "acquaintance",
      tags: ["Proteins", "proteins", "cryo-EM"],
      needs: "Looking for a software collaborator",
      notes: "Talked about cryo-EM pipelines",
      stayInTouchDays: 60,
    });
    expect(created).toMatchObject({
      firstName: "José",
      lastName: "Núñez",
      fullName: "José Núñez",
      emails: ["Jose@Example.org", "j.nunez@lab.example"],
      linkedinUrl: "https://www.linkedin.com/in/jose-nunez",
      organization: "Instituto Ejemplo",
      source: "event",
      timeZone: "Europe/Madrid",
      tags: ["cryo-EM", "Proteins"],
      archived: false,
      createdAt: "2026-11-22T09:00:00.000Z",
    });
    expect(await getContact(t.ctx, created.id)).toEqual(created);
  });

  it("matches an organisation by name whatever its case and spacing", async () => {
    const a = await createContact(t.ctx, { firstName: "Ann", organization: "Acme Robotics" });
    const b = await createContact(t.ctx, { firstName: "Ben", organization: "  acme   ROBOTICS " });
    expect(b.organizationId).toBe(a.organizationId);
    const orgs = await listOrganizations(t.ctx, {});
    expect(orgs.items).toHaveLength(1);
    expect(orgs.items[0]).toMatchObject({ name: "Acme Robotics", contactCount: 2 });
  });

  it("finds contacts by parts of names, e-mail or organisation, ignoring case and accents", async () => {
    await createContact(t.ctx, { firstName: "Zoë", lastName: "Ångström", organization: "Nordic Optics" });
    await createContact(t.ctx, { firstName: "Bob", lastName: "Smith", emails: ["bob@foo.test"] });
    const names = async (q: string) => (await listContacts(t.ctx, { q })).items.map((c) => c.fullName);
    expect(await names("zoe ang")).toEqual(["Zoë Ångström"]);
    expect(await names("NORDIC")).toEqual(["Zoë Ångström"]);
    expect(await names("foo.test")).toEqual(["Bob Smith"]);
    expect(await names("100%")).toEqual([]);
    expect(await names("_")).toEqual([]);
  });

  it("filters by tag, source and organisation", async () => {
    const ann = await createContact(t.ctx, {
      firstName: "Ann",
      tags: ["AI"],
      source: "alumni",
      organization: "Acme",
    });
    await createContact(t.ctx, { firstName: "Ben", tags: ["biology"], source: "event" });
    expect((await listContacts(t.ctx, { tag: "ai" })).items.map((c) => c.id)).toEqual([ann.id]);
    expect((await listContacts(t.ctx, { source: "alumni" })).items.map((c) => c.id)).toEqual([ann.id]);
    expect((await listContacts(t.ctx, { organizationId: ann.organizationId ?? "" })).total).toBe(1);
    expect(await listTags(t.ctx)).toEqual([
      { name: "AI", contactCount: 1 },
      { name: "biology", contactCount: 1 },
    ]);
  });

  it("pages through many contacts in name order without gaps or repeats", async () => {
    const count = 125;
    for (let i = 0; i < count; i++) {
      await createContact(t.ctx, {
        firstName: `Person${i}`,
        lastName: i % 2 ? "Same" : `Last${String(i).padStart(3, "0")}`,
      });
    }
    for (const sort of ["name", "-name", "created", "-updated"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listContacts(t.ctx, { limit: 40, sort, cursor });
        expect(page.total).toBe(count);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(count);
      if (sort === "name") {
        const all = await listContacts(t.ctx, { limit: 500, sort });
        expect(seen).toEqual(all.items.map((c) => c.id));
      }
    }
  });

  it("archives and restores: archived contacts leave the default list but are kept", async () => {
    const ann = await createContact(t.ctx, { firstName: "Ann" });
    const archived = await archiveContact(t.ctx, ann.id);
    expect(archived.archived).toBe(true);
    expect((await listContacts(t.ctx, {})).total).toBe(0);
    expect((await listContacts(t.ctx, { archived: "true" })).items.map((c) => c.id)).toEqual([ann.id]);
    expect((await listContacts(t.ctx, { archived: "all" })).total).toBe(1);
    const restored = await restoreContact(t.ctx, ann.id);
    expect(restored.archived).toBe(false);
    expect((await listContacts(t.ctx, {})).total).toBe(1);
  });

  it("updates only what is given; null clears; tags replace the set", async () => {
    const ann = await createContact(t.ctx, {
      firstName: "Ann",
      title: "Engineer",
      organization: "Acme",
      tags: ["a", "b"],
    });
    const updated = await updateContact(t.ctx, ann.id, {
      title: null,
      tags: ["c"],
      lastName: "Lee",
      organization: "Beta Labs",
    });
    expect(updated).toMatchObject({
      firstName: "Ann",
      lastName: "Lee",
      title: null,
      tags: ["c"],
      organization: "Beta Labs",
    });
    expect((await listContacts(t.ctx, { q: "beta" })).total).toBe(1);
    expect((await listContacts(t.ctx, { q: "acme" })).total).toBe(0);
    const detached = await updateContact(t.ctx, ann.id, { organization: null });
    expect(detached.organizationId).toBeNull();
  });

  it("refuses bad input by naming the field and writes nothing", async () => {
    await expect(createContact(t.ctx, { firstName: "X", source: "telepathy" })).rejects.toMatchObject({
      code: "validation_failed",
      field: "source",
    });
    await expect(createContact(t.ctx, { firstName: "X", timeZone: "Mars/Olympus" })).rejects.toMatchObject({
      field: "timeZone",
    });
    await expect(
      createContact(t.ctx, {
        firstName: "X",
        organization: "Ghost Corp",
        introducedById: "3f0c6b1e-8a4e-4d7b-9a53-0f1f2a3b4c5d",
      }),
    ).rejects.toMatchObject({ field: "introducedById" });
    expect((await listContacts(t.ctx, { archived: "all" })).total).toBe(0);
    expect((await listOrganizations(t.ctx, { archived: "all" })).total).toBe(0);
  });

  it("links who introduced whom", async () => {
    const ann = await createContact(t.ctx, { firstName: "Ann" });
    const ben = await createContact(t.ctx, {
      firstName: "Ben",
      introducedById: ann.id,
      mayMentionIntroducer: true,
      source: "referral",
    });
    expect(ben).toMatchObject({ introducedById: ann.id, mayMentionIntroducer: true });
    await expect(updateContact(t.ctx, ann.id, { introducedById: ann.id })).rejects.toMatchObject({
      field: "introducedById",
    });
  });

  it("keeps each user's contacts to themselves", async () => {
    const ann = await createContact(t.ctx, { firstName: "Ann", tags: ["secret"], organization: "Acme" });
    const bob = await t.otherUser();
    await expect(getContact(bob, ann.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateContact(bob, ann.id, { firstName: "Hacked" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(archiveContact(bob, ann.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(createContact(bob, { firstName: "Eve", introducedById: ann.id })).rejects.toMatchObject({
      field: "introducedById",
    });
    expect((await listContacts(bob, {})).total).toBe(0);
    expect((await listContacts(bob, { organizationId: ann.organizationId ?? "" })).total).toBe(0);
    expect(await listTags(bob)).toEqual([]);
    expect((await listOrganizations(bob, {})).total).toBe(0);
    const bobsOwn = await createContact(bob, { firstName: "Bob", organization: "Acme" });
    expect(bobsOwn.organizationId).not.toBe(ann.organizationId);
    expect((await getContact(t.ctx, ann.id)).firstName).toBe("Ann");
  });
});
