import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { createApp } from "./app.js";

describe.each(dialects)("HTTP API through the typed client [%s]", (dialect) => {
  let t: TestRuntime;
  let app: ReturnType<typeof createApp>;
  let client: ReturnType<typeof testClient<ReturnType<typeof createApp>>>;

  beforeEach(async () => {
    t = await createTestRuntime(dialect);
    app = createApp({ contextFor: () => t.ctx, version: "test" });
    client = testClient(app);
  });
  afterEach(async () => {
    await t.close();
  });

  it("answers health with the database in use", async () => {
    const response = await client.api.health.$get();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      version: "test",
      database: dialect,
      mode: "local",
      signUp: false,
      singleSignOn: null,
    });
  });

  it("documents the contacts routes in an OpenAPI 3 document", async () => {
    const response = await app.request("/api/openapi.json");
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/contacts", "/api/contacts/{id}", "/api/organizations", "/api/health"]),
    );
    expect(Object.keys(doc.paths["/api/contacts"] ?? {})).toEqual(expect.arrayContaining(["get", "post"]));
  });

  it("creates a contact (201) and finds it by search and by id", async () => {
    const created = await client.api.contacts.$post({
      json: {
        firstName: "Grace",
        lastName: "Hopper",
        emails: ["grace@example.org"],
        phones: ["+1 212 555 0100"],
        linkedinUrl: "https://www.linkedin.com/in/grace-hopper",
        organization: "Navy Research Lab",
        title: "Computer scientist",
        timeZone: "America/New_York",
        source: "alumni",
        tags: ["compilers"],
        notes: "Invented the first compiler tools",
      },
    });
    expect(created.status).toBe(201);
    const contact = await created.json();
    expect(contact).toMatchObject({
      firstName: "Grace",
      organization: "Navy Research Lab",
      tags: ["compilers"],
    });
    if (!("id" in contact)) throw new Error("no id");

    const found = await client.api.contacts.$get({ query: { q: "hopp" } });
    const page = await found.json();
    expect("items" in page && page.items.map((c) => c.id)).toEqual([contact.id]);
    expect(page).toMatchObject({ nextCursor: null, total: 1 });

    const one = await client.api.contacts[":id"].$get({ param: { id: contact.id } });
    expect(one.status).toBe(200);
  });

  it("answers 400 naming the field, and writes nothing", async () => {
    const empty = await client.api.contacts.$post({ json: {} as never });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({
      error: { code: "validation_failed", message: expect.stringMatching(/first name/i), field: "firstName" },
    });

    const badEmail = await client.api.contacts.$post({
      json: { firstName: "A", emails: ["a@example.org", "nope"] },
    });
    expect(await badEmail.json()).toMatchObject({ error: { field: "emails.1" } });

    const badZone = await client.api.contacts.$post({
      json: { firstName: "A", organization: "Ghost", timeZone: "Nowhere/City" },
    });
    expect(badZone.status).toBe(400);
    expect(await badZone.json()).toMatchObject({ error: { field: "timeZone" } });

    const malformed = await app.request("/api/contacts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: "bad_request" } });

    const badLimit = await client.api.contacts.$get({ query: { limit: "0" } });
    expect(badLimit.status).toBe(400);
    expect(await badLimit.json()).toMatchObject({ error: { field: "limit" } });

    const list = await (await client.api.contacts.$get({ query: { archived: "all" } })).json();
    expect(list).toMatchObject({ total: 0 });
    const orgs = await (await client.api.organizations.$get({ query: { archived: "all" } })).json();
    expect(orgs).toMatchObject({ total: 0 });
  });

  it("answers 404 for an unknown id on every route", async () => {
    for (const id of ["3f0c6b1e-8a4e-4d7b-9a53-0f1f2a3b4c5d", "not-a-uuid"]) {
      const get = await client.api.contacts[":id"].$get({ param: { id } });
      expect(get.status).toBe(404);
      expect(await get.json()).toMatchObject({ error: { code: "not_found" } });
      expect((await client.api.contacts[":id"].$patch({ param: { id }, json: { title: "x" } })).status).toBe(
        404,
      );
      expect((await client.api.contacts[":id"].archive.$post({ param: { id } })).status).toBe(404);
      expect((await client.api.organizations[":id"].$get({ param: { id } })).status).toBe(404);
    }
    expect((await app.request("/api/no-such-thing")).status).toBe(404);
  });

  it("edits, archives and restores", async () => {
    const created = await (
      await client.api.contacts.$post({ json: { firstName: "Ann", tags: ["a"] } })
    ).json();
    if (!("id" in created)) throw new Error("no id");
    const patched = await client.api.contacts[":id"].$patch({
      param: { id: created.id },
      json: { title: "CTO", tags: [] },
    });
    expect(await patched.json()).toMatchObject({ title: "CTO", tags: [] });
    const archived = await client.api.contacts[":id"].archive.$post({ param: { id: created.id } });
    expect(await archived.json()).toMatchObject({ archived: true });
    expect(await (await client.api.contacts.$get({ query: {} })).json()).toMatchObject({ total: 0 });
    const restored = await client.api.contacts[":id"].restore.$post({ param: { id: created.id } });
    expect(await restored.json()).toMatchObject({ archived: false });
  });

  it("pages with a cursor", async () => {
    for (const name of ["Ann", "Ben", "Cat", "Dan", "Eve"]) {
      await client.api.contacts.$post({ json: { firstName: name, lastName: "Test" } });
    }
    const first = await (await client.api.contacts.$get({ query: { limit: "2" } })).json();
    if (!("items" in first)) throw new Error("no page");
    expect(first.items.map((c) => c.firstName)).toEqual(["Ann", "Ben"]);
    const second = await (
      await client.api.contacts.$get({ query: { limit: "2", cursor: first.nextCursor ?? "" } })
    ).json();
    expect("items" in second && second.items.map((c) => c.firstName)).toEqual(["Cat", "Dan"]);
    const bad = await client.api.contacts.$get({ query: { cursor: "garbage!" } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: "cursor" } });
  });

  it("manages organisations and refuses a second one with the same name", async () => {
    const created = await client.api.organizations.$post({ json: { name: "Acme", industry: "Robotics" } });
    expect(created.status).toBe(201);
    const org = await created.json();
    if (!("id" in org)) throw new Error("no id");
    const again = await client.api.organizations.$post({ json: { name: "ACME" } });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: "conflict", field: "name" } });
    await client.api.contacts.$post({ json: { firstName: "Ann", organization: "acme" } });
    const renamed = await client.api.organizations[":id"].$patch({
      param: { id: org.id },
      json: { name: "Acme Robotics" },
    });
    expect(await renamed.json()).toMatchObject({ name: "Acme Robotics", contactCount: 1 });
    const byNewName = await (await client.api.contacts.$get({ query: { q: "robotics" } })).json();
    expect(byNewName).toMatchObject({ total: 1 });
  });

  it("never shows one user's records to another", async () => {
    const created = await (
      await client.api.contacts.$post({ json: { firstName: "Ann", organization: "Acme" } })
    ).json();
    if (!("id" in created) || !created.organizationId) throw new Error("no id");
    const bob = await t.otherUser();
    const bobsClient = testClient(createApp({ contextFor: () => bob, version: "test" }));
    expect((await bobsClient.api.contacts[":id"].$get({ param: { id: created.id } })).status).toBe(404);
    expect(
      (await bobsClient.api.contacts[":id"].$patch({ param: { id: created.id }, json: { notes: "x" } }))
        .status,
    ).toBe(404);
    expect(
      (await bobsClient.api.organizations[":id"].$get({ param: { id: created.organizationId } })).status,
    ).toBe(404);
    expect(await (await bobsClient.api.contacts.$get({ query: {} })).json()).toMatchObject({ total: 0 });
  });
});
