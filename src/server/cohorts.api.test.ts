import { testClient } from "hono/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import type { ServiceContext } from "../services/context.js";
import { createApp } from "./app.js";

describe.each(dialects)("cohorts through the API [%s]", (dialect) => {
  let t: TestRuntime;
  afterEach(async () => {
    await t.close();
  });

  const clientOf = (ctx: ServiceContext) =>
    testClient(createApp({ contextFor: () => ctx, runtime: t.runtime, version: "test" }));

  it("lets an advisor invite a student who shares counts, records the read, and honours withdrawal", async () => {
    t = await createTestRuntime(dialect);
    const bob = await t.otherUser();
    await t.runtime.system.setCentreRole(t.ctx.user.id, "advisor", "2026-11-01T00:00:00.000Z");
    const advisor = clientOf(t.ctx);
    const student = clientOf(bob);

    expect((await student.api.cohorts.$post({ json: { name: "Mine" } })).status).toBe(403);
    expect((await advisor.api.cohorts.$post({ json: { name: " " } })).status).toBe(400);
    const created = await advisor.api.cohorts.$post({ json: { name: "Postdocs 2027" } });
    expect(created.status).toBe(201);
    const cohort = await okJson(created);
    const joined = await okJson(
      await student.api.cohorts.join.$post({ json: { code: cohort.inviteCode ?? "" } }),
    );
    expect(joined).toMatchObject({ name: "Postdocs 2027", mySharing: "counts", inviteCode: null });

    const progress = await okJson(
      await advisor.api.cohorts[":id"].progress.$get({ param: { id: cohort.id } }),
    );
    expect(progress.students).toEqual([expect.objectContaining({ label: "Student 1", named: false })]);
    expect((await student.api.cohorts[":id"].progress.$get({ param: { id: cohort.id } })).status).toBe(404);
    const reads = await okJson(await student.api.cohorts.reads.$get());
    expect(reads.items).toEqual([
      expect.objectContaining({ cohortName: "Postdocs 2027", advisorName: t.ctx.user.name }),
    ]);

    const off = await student.api.cohorts[":id"].sharing.$put({
      param: { id: cohort.id },
      json: { sharing: "none" },
    });
    expect(off.status).toBe(204);
    const after = await okJson(await advisor.api.cohorts[":id"].progress.$get({ param: { id: cohort.id } }));
    expect(after).toMatchObject({ students: [], notSharing: 1 });
    // Someone else's membership is not found.
    const wrong = await advisor.api.cohorts[":id"].sharing.$put({
      param: { id: cohort.id },
      json: { sharing: "counts" },
    });
    expect(wrong.status).toBe(404);
    expect((await student.api.cohorts[":id"].membership.$delete({ param: { id: cohort.id } })).status).toBe(
      204,
    );
  });
});
