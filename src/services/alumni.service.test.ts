import { afterEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { deleteAccount } from "./account.service.js";
import {
  contactAlum,
  deleteMyProfile,
  getMyProfile,
  saveMyProfile,
  searchDirectory,
} from "./alumni.service.js";
import { getContact } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";

const PROFILE = {
  role: "Data scientist",
  organization: "Northwind Health",
  about: "PhD in ecology, now modelling hospital demand.",
  topics: ["Leaving academia", "data science", "Data Science"],
  formats: ["coffee", "video"] as ("coffee" | "video" | "email")[],
  monthlyLimit: 2,
};

describe.each(dialects)("the alumni directory [%s]", (dialect) => {
  const runtimes: TestRuntime[] = [];
  afterEach(async () => {
    for (const t of runtimes.splice(0)) await t.close();
  });

  /** A centre (its own database) with an alum (Bob) and two students (the first user and Cleo). */
  async function centre(clock = fixedClock("2026-12-10T09:00:00.000Z")) {
    const t = await createTestRuntime(dialect, clock);
    runtimes.push(t);
    const hosted = (ctx: ServiceContext): ServiceContext => ({ ...ctx, hosted: true });
    const bob = hosted(await t.otherUser());
    const now = clock.now().toISOString();
    await t.runtime.system.ensureUser({
      id: "00000000-0000-4000-8000-0000000000c3",
      email: "cleo@example.org",
      name: "Cleo Brandt",
      time_zone: "UTC",
      intro: "",
      settings: "{}",
      smtp_url: null,
      mail_from: null,
      is_local: 0,
      created_at: now,
      updated_at: now,
    });
    const cleo = hosted(
      t.runtime.contextFor({
        id: "00000000-0000-4000-8000-0000000000c3",
        name: "Cleo Brandt",
        timeZone: "UTC",
      }),
    );
    return { t, clock, alum: bob, student: hosted(t.ctx), cleo, local: t.ctx };
  }

  it("lists published profiles of the centre to its members, searched by topic, organisation and role", async () => {
    const { alum, student, cleo, local } = await centre();
    expect((await searchDirectory(student, {})).items).toEqual([]);
    const saved = await saveMyProfile(alum, PROFILE);
    expect(saved).toMatchObject({
      topics: ["Leaving academia", "data science"],
      published: true,
      requestsThisMonth: 0,
    });
    await saveMyProfile(cleo, {
      ...PROFILE,
      role: "Policy adviser",
      organization: "City Council",
      topics: ["policy"],
    });

    const all = await searchDirectory(student, {});
    expect(all.items.map((e) => e.name)).toEqual(["Bob", "Cleo Brandt"]);
    expect((await searchDirectory(student, { topic: "DATA" })).items.map((e) => e.name)).toEqual(["Bob"]);
    expect((await searchDirectory(student, { organization: "council" })).items.map((e) => e.name)).toEqual([
      "Cleo Brandt",
    ]);
    expect((await searchDirectory(student, { role: "scientist", topic: "policy" })).items).toEqual([]);
    expect((await searchDirectory(student, { topic: "100%" })).items).toEqual([]);
    // The alum sees themselves, marked as such.
    expect((await searchDirectory(alum, { topic: "data" })).items[0]?.mine).toBe(true);

    // Local mode has no centre: nothing is listed and nothing can be written.
    expect(await searchDirectory(local, {})).toEqual({ available: false, items: [] });
    expect(await getMyProfile(local)).toEqual({ available: false, profile: null });
    await expect(saveMyProfile(local, PROFILE)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("hides a paused or removed profile, and another centre never sees this one's", async () => {
    const { alum, student } = await centre();
    await saveMyProfile(alum, PROFILE);
    const other = await centre();
    expect((await searchDirectory(other.student, {})).items).toEqual([]);

    await saveMyProfile(alum, { ...PROFILE, published: false });
    expect((await searchDirectory(student, {})).items).toEqual([]);
    expect((await getMyProfile(alum)).profile?.published).toBe(false);
    await saveMyProfile(alum, PROFILE);
    const [entry] = (await searchDirectory(student, {})).items;
    await deleteMyProfile(alum);
    expect((await searchDirectory(student, {})).items).toEqual([]);
    expect(await getMyProfile(alum)).toEqual({ available: true, profile: null });
    await expect(contactAlum(student, entry?.id ?? "")).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteMyProfile(alum)).rejects.toMatchObject({ code: "not_found" });
  });

  it("adds an alum to my contacts with source alumni, counts the month's requests and rests them at the limit", async () => {
    const { t, clock, alum, student, cleo } = await centre();
    await saveMyProfile(alum, { ...PROFILE, monthlyLimit: 1 });
    const [entry] = (await searchDirectory(student, { topic: "academia" })).items;
    if (!entry) throw new Error("no entry");
    expect(entry).toMatchObject({ requestsThisMonth: 0, resting: false, askedThisMonth: false });

    const added = await contactAlum(student, entry.id);
    expect(added.entry).toMatchObject({ requestsThisMonth: 1, resting: true, askedThisMonth: true });
    const contact = await getContact(student, added.contactId);
    expect(contact).toMatchObject({
      firstName: "Bob",
      title: "Data scientist",
      organization: "Northwind Health",
      source: "alumni",
      emails: ["bob@example.org"],
    });
    // The contact is the student's own: the alum and others do not see it.
    await expect(getContact(alum, added.contactId)).rejects.toMatchObject({ code: "not_found" });

    await expect(contactAlum(student, entry.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(contactAlum(cleo, entry.id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("resting"),
    });
    await expect(contactAlum(alum, entry.id)).rejects.toMatchObject({ code: "validation_failed" });
    expect((await searchDirectory(cleo, {})).items[0]).toMatchObject({
      resting: true,
      askedThisMonth: false,
    });
    expect((await getMyProfile(alum)).profile?.requestsThisMonth).toBe(1);

    // A new month starts afresh.
    clock.advance(25 * 86_400_000);
    expect((await searchDirectory(cleo, {})).items[0]).toMatchObject({
      requestsThisMonth: 0,
      resting: false,
    });
    await contactAlum(cleo, entry.id);

    // Deleting the alum's account removes their profile and the requests they received.
    await deleteAccount(alum);
    expect((await searchDirectory(student, {})).items).toEqual([]);
    const left = await t.runtime.db.kysely.selectFrom("alumni_requests").selectAll().execute();
    expect(left).toEqual([]);
  });

  it("forgets the requests a person made when their account is deleted", async () => {
    const { t, alum, student } = await centre();
    await saveMyProfile(alum, PROFILE);
    const [entry] = (await searchDirectory(student, {})).items;
    await contactAlum(student, entry?.id ?? "");
    await deleteAccount(student);
    expect(await t.runtime.db.kysely.selectFrom("alumni_requests").selectAll().execute()).toEqual([]);
    expect((await getMyProfile(alum)).profile?.requestsThisMonth).toBe(0);
  });

  it("names the field of a bad profile", async () => {
    const { alum } = await centre();
    await expect(saveMyProfile(alum, { ...PROFILE, topics: [] })).rejects.toMatchObject({ field: "topics" });
    await expect(saveMyProfile(alum, { ...PROFILE, formats: ["fax"] })).rejects.toMatchObject({
      field: "formats.0",
    });
    await expect(saveMyProfile(alum, { ...PROFILE, monthlyLimit: 0 })).rejects.toMatchObject({
      field: "monthlyLimit",
    });
  });
});
