import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { createContact } from "../services/contacts.service.js";
import type { ServiceContext } from "../services/context.js";
import { compiledOnce } from "./compiled-once.js";
import { ownerScope } from "./scope.js";

describe.each(dialects)("a query compiled once [%s]", (dialect) => {
  let t: TestRuntime;
  let bob: ServiceContext;
  const ids: Record<string, string> = {};
  const scope = (ctx: ServiceContext) => ownerScope(t.runtime.db.kysely, t.runtime.db, ctx.user.id);

  beforeAll(async () => {
    t = await createTestRuntime(dialect);
    bob = await t.otherUser();
    const add = async (ctx: ServiceContext, firstName: string, organization: string) =>
      (await createContact(ctx, { firstName, lastName: "Lovelace", organization, tags: [] })).id;
    ids.ada = await add(t.ctx, "Ada", "Analytical Engines");
    ids.annabella = await add(t.ctx, "Annabella", "Analytical Engines");
    ids.byron = await add(bob, "Byron", "Poets Ltd");
  });
  afterAll(() => t.close());

  const byId = compiledOnce((db, _dialect, id: string) =>
    db
      .selectFrom("contacts")
      .leftJoin("organizations as o", "o.id", "contacts.organization_id")
      .select(["contacts.first_name", "o.name as organization"])
      .where("contacts.id", "=", id),
  );

  it("answers each run with that run's values", async () => {
    expect(await byId(scope(t.ctx), ids.ada as string)).toEqual([
      { first_name: "Ada", organization: "Analytical Engines" },
    ]);
    expect(await byId(scope(t.ctx), ids.annabella as string)).toEqual([
      { first_name: "Annabella", organization: "Analytical Engines" },
    ]);
  });

  it("stays scoped to whoever runs it, though it was compiled for someone else", async () => {
    await byId(scope(t.ctx), ids.ada as string); // compiled for the first user
    expect(await byId(scope(bob), ids.ada as string)).toEqual([]);
    expect(await byId(scope(bob), ids.byron as string)).toEqual([
      { first_name: "Byron", organization: "Poets Ltd" },
    ]);
    expect(await byId(scope(t.ctx), ids.byron as string)).toEqual([]);
  });

  it("refuses a query that does not take its value as a parameter, whose shape could change", async () => {
    const careless = compiledOnce((db, _dialect, _id: string) => db.selectFrom("contacts").select("id"));
    await expect(careless(scope(t.ctx), ids.ada as string)).rejects.toThrow(/value 0 is not a parameter/);
  });
});
