import { testClient } from "hono/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import type { ServiceContext } from "../services/context.js";
import { createApp } from "./app.js";

describe.each(dialects)("the alumni directory and cohort invitations through the API [%s]", (dialect) => {
  let t: TestRuntime;
  afterEach(async () => {
    await t.close();
  });

  const clientOf = (ctx: ServiceContext) =>
    testClient(
      createApp({
        contextFor: () => ctx,
        runtime: t.runtime,
        version: "test",
        publicUrl: () => "https://careers.example.edu",
      }),
    );

  it("lets a member add an alum to their contacts; another user's ids change nothing", async () => {
    t = await createTestRuntime(dialect);
    const alum = clientOf({ ...(await t.otherUser()), hosted: true });
    const student = clientOf({ ...t.ctx, hosted: true });

    const bad = await alum.api.alumni.profile.$put({
      json: { role: "", topics: ["x"], formats: ["coffee"], monthlyLimit: 3 },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as unknown).toMatchObject({ error: { field: "role" } });
    const saved = await alum.api.alumni.profile.$put({
      json: {
        role: "Engineer",
        organization: "Acme",
        topics: ["robotics"],
        formats: ["email"],
        monthlyLimit: 3,
      },
    });
    expect(saved.status).toBe(200);
    const profile = await okJson(saved);

    const found = await okJson(await student.api.alumni.$get({ query: { topic: "robot" } }));
    expect(found).toMatchObject({
      available: true,
      items: [{ id: profile.id, name: "Bob", resting: false }],
    });
    const added = await student.api.alumni[":id"].contact.$post({ param: { id: profile.id } });
    expect(added.status).toBe(201);
    const { contactId, entry } = await okJson(added);
    expect(entry).toMatchObject({ requestsThisMonth: 1, askedThisMonth: true });
    const contact = await okJson(await student.api.contacts[":id"].$get({ param: { id: contactId } }));
    expect(contact).toMatchObject({ source: "alumni", title: "Engineer" });
    const again = await student.api.alumni[":id"].contact.$post({ param: { id: profile.id } });
    expect(again.status).toBe(409);

    // The alum's profile id is no handle on it for someone else: my own profile stays mine.
    expect((await student.api.alumni.profile.$delete()).status).toBe(404);
    expect(await okJson(await student.api.alumni.profile.$get())).toEqual({ available: true, profile: null });
    expect((await student.api.alumni[":id"].contact.$post({ param: { id: "not-an-id" } })).status).toBe(404);
    expect((await okJson(await alum.api.alumni.profile.$get())).profile?.requestsThisMonth).toBe(1);
    expect((await alum.api.contacts[":id"].$get({ param: { id: contactId } })).status).toBe(404);
  });

  it("answers sensibly in local mode: no directory, no profile to write", async () => {
    t = await createTestRuntime(dialect);
    const local = clientOf(t.ctx);
    expect(await okJson(await local.api.alumni.$get({ query: {} }))).toEqual({ available: false, items: [] });
    expect(await okJson(await local.api.centre.me.$get())).toEqual({ hosted: false, role: "student" });
    const put = await local.api.alumni.profile.$put({
      json: { role: "Engineer", topics: ["robotics"], formats: ["email"], monthlyLimit: 3 },
    });
    expect(put.status).toBe(403);
  });

  it("gives an advisor the invitation link on the public address; the link's token joins", async () => {
    t = await createTestRuntime(dialect);
    await t.runtime.system.setCentreRole(t.ctx.user.id, "advisor", "2026-11-01T00:00:00.000Z");
    const advisor = clientOf({ ...t.ctx, hosted: true });
    const student = clientOf({ ...(await t.otherUser()), hosted: true });
    expect(await okJson(await advisor.api.centre.me.$get())).toEqual({ hosted: true, role: "advisor" });
    const cohort = await okJson(
      await advisor.api.cohorts.$post({ json: { name: "Careers beyond the PhD" } }),
    );
    const link = await advisor.api.cohorts[":id"].invitations.$post({ param: { id: cohort.id } });
    expect(link.status).toBe(201);
    const { token, url } = await okJson(link);
    expect(url).toBe(`https://careers.example.edu/cohorts/join?token=${token}`);
    expect((await student.api.cohorts[":id"].invitations.$post({ param: { id: cohort.id } })).status).toBe(
      404,
    );

    const empty = await student.api.cohorts.join.$post({ json: {} });
    expect(empty.status).toBe(400);
    expect((await empty.json()) as unknown).toMatchObject({ error: { field: "code" } });
    const joined = await student.api.cohorts.join.$post({ json: { token, sharing: "counts-and-name" } });
    expect(await okJson(joined)).toMatchObject({
      name: "Careers beyond the PhD",
      mySharing: "counts-and-name",
    });
  });
});
