// Hosted mode end to end on PostgreSQL, through the real server: accounts, 401 without a session,
// personal API tokens, a backup restored into an account with new ids, and account deletion.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FuzzRequest, kindOf, type OpenApiDocument } from "../../test/reliability/openapi-requests.js";
import { seedRecords } from "../../test/reliability/seed-records.js";
import { createTestDatabase, type TestDatabase } from "../../test/support/databases.js";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/support/smtp.js";
import { loadConfig } from "../config.js";
import { OWNED_TABLES } from "../db/owned-tables.js";
import type { Database } from "../db/schema.js";
import { type RunningServer, startServer } from "./serve.js";

const postgres = process.env.COFFEECHAT_TEST_DATABASE_URL;
const OWNED_TABLE_NAMES = [...OWNED_TABLES] as Exclude<
  keyof Database,
  "centre_roles" | "cohorts" | "cohort_members" | "advisor_reads" | "auth_verifications" | "auth_rate_limits"
>[];

describe.skipIf(!postgres)("hosted mode (PostgreSQL)", () => {
  let database: TestDatabase;
  let server: RunningServer;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    smtp = await startTestSmtpServer();
    server = await startServer(
      loadConfig({
        COFFEECHAT_MODE: "hosted",
        HOST: "127.0.0.1",
        PORT: "0",
        DATABASE_URL: database.databaseUrl,
        COFFEECHAT_PUBLIC_URL: "http://127.0.0.1:4545",
        COFFEECHAT_SECRET: "a-test-secret-that-is-long-enough-0123456789",
        HOME: "/tmp",
        COFFEECHAT_SMTP_URL: smtp.url,
        COFFEECHAT_MAIL_FROM: "Career Centre <careers@example.edu>",
      }),
    );
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
    await database?.drop();
  });

  const api = (path: string, init: RequestInit & { cookie?: string } = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: {
        "content-type": "application/json",
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });

  async function signUp(email: string, ip: string): Promise<string> {
    const response = await api("/api/auth/sign-up/email", {
      method: "POST",
      headers: { "x-forwarded-for": ip },
      body: JSON.stringify({ email, password: "correct horse battery", name: email.split("@")[0] }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect(cookie).toMatch(/coffeechat\.session_token=/);
    expect(response.headers.getSetCookie()[0]).toMatch(/HttpOnly/i);
    expect(response.headers.getSetCookie()[0]).toMatch(/SameSite=Lax/i);
    return cookie;
  }

  it("answers 401 without a session, and the public routes without one", async () => {
    expect((await api("/api/contacts")).status).toBe(401);
    expect((await (await api("/api/contacts")).json()).error.code).toBe("unauthorized");
    const health = await api("/api/health");
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ mode: "hosted", signUp: true, singleSignOn: null });
    expect((await api("/api/openapi.json")).status).toBe(200);
  });

  it("signs up and in: each person sees only their own contacts; sign-out ends the session", async () => {
    const ann = await signUp("ann@example.edu", "10.0.0.1");
    const bob = await signUp("bob@example.edu", "10.0.0.2");
    const created = await api("/api/contacts", {
      method: "POST",
      cookie: ann,
      body: JSON.stringify({ firstName: "Grace", lastName: "Hopper" }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const annList = (await (await api("/api/contacts", { cookie: ann })).json()) as {
      items: { firstName: string }[];
    };
    expect(annList.items.map((c) => c.firstName)).toEqual(["Grace"]);
    const bobList = (await (await api("/api/contacts", { cookie: bob })).json()) as { items: unknown[] };
    expect(bobList.items).toEqual([]);
    expect((await api(`/api/contacts/${id}`, { cookie: bob })).status).toBe(404);
    expect((await api(`/api/contacts/${id}`, { method: "DELETE", cookie: bob })).status).toBe(404);
    expect((await api(`/api/contacts/${id}`, { cookie: ann })).status).toBe(200);

    const signIn = await api("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "x-forwarded-for": "10.0.0.3" },
      body: JSON.stringify({ email: "ann@example.edu", password: "correct horse battery" }),
    });
    expect(signIn.status).toBe(200);
    const second = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect((await api("/api/account", { cookie: second })).status).toBe(200);
    const out = await api("/api/auth/sign-out", { method: "POST", cookie: second, body: "{}" });
    expect(out.status).toBe(200);
    expect((await api("/api/account", { cookie: second })).status).toBe(401);
  });

  it("limits sign-in attempts per address, counted in the database", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await api("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "x-forwarded-for": "10.9.9.9" },
        body: JSON.stringify({ email: "ann@example.edu", password: "wrong password!" }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const rows = await server.runtime.db.kysely.selectFrom("auth_rate_limits").selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it("a personal API token works instead of a session, and stops working when revoked", async () => {
    const cara = await signUp("cara@example.edu", "10.0.0.4");
    const made = await api("/api/account/token", { method: "POST", cookie: cara });
    expect(made.status).toBe(201);
    const { token } = (await made.json()) as { token: string };
    const me = await api("/api/account", { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ mode: "hosted", name: "cara", email: "cara@example.edu" });
    await api("/api/account/token", { method: "DELETE", cookie: cara });
    expect((await api("/api/account", { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it("deleting the account needs confirming, then leaves no row of the person's", async () => {
    const dan = await signUp("dan@example.edu", "10.0.0.5");
    await api("/api/contacts", {
      method: "POST",
      cookie: dan,
      body: JSON.stringify({ firstName: "Ada", lastName: "Lovelace" }),
    });
    await api("/api/account/token", { method: "POST", cookie: dan });
    const { id } = (await (await api("/api/account", { cookie: dan })).json()) as { id: string };
    expect(
      (await api("/api/account", { method: "DELETE", cookie: dan, body: JSON.stringify({ confirm: false }) }))
        .status,
    ).toBe(400);
    expect(
      (await api("/api/account", { method: "DELETE", cookie: dan, body: JSON.stringify({ confirm: true }) }))
        .status,
    ).toBe(204);
    expect((await api("/api/contacts", { cookie: dan })).status).toBe(401);
    const db = server.runtime.db.kysely;
    const tables = [
      "contacts",
      "feed_tokens",
      "auth_sessions",
      "auth_accounts",
    ] as const satisfies readonly (keyof Database)[];
    for (const table of tables) {
      const rows = await db.selectFrom(table).select("owner_id").where("owner_id", "=", id).execute();
      expect(rows, table).toEqual([]);
    }
    expect(await db.selectFrom("users").select("id").where("id", "=", id).execute()).toEqual([]);
    // Not even the number that tells cached counts their data changed.
    const { rows: versions } = await sql`select owner from owner_data_versions where owner = ${id}`.execute(
      db,
    );
    expect(versions).toEqual([]);
    // Others keep theirs.
    expect((await db.selectFrom("users").select("id").execute()).length).toBeGreaterThan(1);
  });

  it("a second instance on the same database takes the session and serves the same data", async () => {
    const other = await startServer(
      loadConfig({
        COFFEECHAT_MODE: "hosted",
        PORT: "0",
        DATABASE_URL: database.databaseUrl,
        COFFEECHAT_PUBLIC_URL: "http://127.0.0.1:4545",
        COFFEECHAT_SECRET: "a-test-secret-that-is-long-enough-0123456789",
        HOME: "/tmp",
      }),
    );
    try {
      const eve = await signUp("eve@example.edu", "10.0.0.6");
      await api("/api/contacts", {
        method: "POST",
        cookie: eve,
        body: JSON.stringify({ firstName: "Katherine", lastName: "Johnson" }),
      });
      const there = await fetch(`${other.url}/api/contacts`, { headers: { cookie: eve } });
      expect(there.status).toBe(200);
      const list = (await there.json()) as { items: { firstName: string }[] };
      expect(list.items.map((c) => c.firstName)).toEqual(["Katherine"]);
      const out = await fetch(`${other.url}/api/auth/sign-out`, {
        method: "POST",
        headers: { cookie: eve, "content-type": "application/json" },
        body: "{}",
      });
      expect(out.status).toBe(200);
      expect((await api("/api/contacts", { cookie: eve })).status).toBe(401);
    } finally {
      await other.stop();
    }
  });

  it("a backup goes into an account with new ids, touching no one else's; export and delete leave no row", async () => {
    const hal = await signUp("hal@example.edu", "10.0.0.7");
    await api("/api/contacts", {
      method: "POST",
      cookie: hal,
      body: JSON.stringify({ firstName: "Mary", lastName: "Jackson" }),
    });
    const backup = await (await api("/api/export/json", { cookie: hal })).text();
    const halBefore = await (await api("/api/contacts", { cookie: hal })).json();

    // The same backup twice into the shared database: its ids are taken, so each restore re-maps them.
    const ivy = await signUp("ivy@example.edu", "10.0.0.8");
    for (const cookie of [ivy, await signUp("jon@example.edu", "10.0.0.9")]) {
      const restored = await api("/api/import/json", { method: "POST", cookie, body: backup });
      expect(restored.status).toBe(200);
      const list = (await (await api("/api/contacts", { cookie })).json()) as {
        items: { id: string; firstName: string }[];
      };
      expect(list.items.map((c) => c.firstName)).toEqual(["Mary"]);
      expect(list.items[0]?.id).not.toBe((halBefore as { items: { id: string }[] }).items[0]?.id);
    }
    expect(await (await api("/api/contacts", { cookie: hal })).json()).toEqual(halBefore);

    const exported = await api("/api/export/json", { cookie: ivy });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain("Mary");
    const { id } = (await (await api("/api/account", { cookie: ivy })).json()) as { id: string };
    expect(
      (await api("/api/account", { method: "DELETE", cookie: ivy, body: JSON.stringify({ confirm: true }) }))
        .status,
    ).toBe(204);
    const db = server.runtime.db.kysely;
    for (const table of OWNED_TABLE_NAMES) {
      if (table === "users") continue;
      const rows = await db.selectFrom(table).select("owner_id").where("owner_id", "=", id).execute();
      expect(rows, table).toEqual([]);
    }
    expect(await db.selectFrom("users").select("id").where("id", "=", id).execute()).toEqual([]);
    expect((await (await api("/api/contacts", { cookie: hal })).json()).items).toHaveLength(1);
  });

  it("as another user, every route of the OpenAPI document with the first one's ids answers 404 and changes nothing", async () => {
    const kim = await signUp("kim@example.edu", "10.0.1.1");
    const leo = await signUp("leo@example.edu", "10.0.1.2");
    const kimId = ((await (await api("/api/account", { cookie: kim })).json()) as { id: string }).id;
    await server.runtime.system.setCentreRole(kimId, "advisor", new Date().toISOString());
    const asKim = (request: FuzzRequest) =>
      api(request.path, {
        method: request.method,
        cookie: kim,
        ...(request.body ? { body: request.body } : {}),
      });
    const ids = await seedRecords(asKim);
    const cohort = await api("/api/cohorts", {
      method: "POST",
      cookie: kim,
      body: JSON.stringify({ name: "Spring" }),
    });
    expect(cohort.status).toBe(201);
    ids.add("cohorts", ((await cohort.json()) as { id: string }).id);
    const backupOf = async (cookie: string) =>
      (await (await api("/api/export/json", { cookie })).text()).replace(/"exportedAt":"[^"]*"/, "");
    const before = await backupOf(kim);

    const document = (await (await api("/api/openapi.json")).json()) as OpenApiDocument;
    const answers: string[] = [];
    let walked = 0;
    for (const [template, operations] of Object.entries(document.paths)) {
      // The feed's secret address is its own credential (whoever holds it reads it, by design).
      if (!/\{(id|\w+Id)\}/.test(template) || template.startsWith("/api/feeds/")) continue;
      const kind = template.split("/")[2];
      for (const method of Object.keys(operations)) {
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
          const [id] = ids.of(kindOf(name) ?? (name === "id" ? kind : undefined));
          return id ?? "00000000-0000-4000-8000-00000000dead";
        });
        const withBody = method !== "get" && method !== "delete";
        const response = await api(path, {
          method: method.toUpperCase(),
          cookie: leo,
          ...(withBody ? { body: "{}" } : {}),
        });
        walked++;
        // A body that fails validation is refused before any row is looked at (400 naming a body
        // field); the export compared below shows nothing was changed either way.
        const refusedBody = withBody && response.status === 400;
        if (response.status !== 404 && !refusedBody)
          answers.push(`${method.toUpperCase()} ${template}: ${response.status}`);
      }
    }
    expect(walked).toBeGreaterThan(40);
    expect(answers).toEqual([]);
    expect((await api(`/api/cohorts/${ids.of("cohorts")[0]}/progress`, { cookie: leo })).status).toBe(404);
    expect(await backupOf(kim)).toBe(before);
  });

  it("mails a password reset link through the SMTP settings; the new password signs in", async () => {
    await signUp("max@example.edu", "10.0.2.1");
    const asked = await api("/api/auth/request-password-reset", {
      method: "POST",
      headers: { "x-forwarded-for": "10.0.2.1" },
      body: JSON.stringify({ email: "max@example.edu", redirectTo: "/reset-password" }),
    });
    expect(asked.status).toBe(200);
    const [mail] = await smtp.waitFor(1);
    expect(mail?.envelope.to).toEqual(["max@example.edu"]);
    expect(mail?.subject).toBe("Choose a new coffeechat password");
    const token = /\/api\/auth\/reset-password\/([^?\s]+)/.exec(mail?.text ?? "")?.[1];
    expect(token).toBeTruthy();
    const reset = await api("/api/auth/reset-password", {
      method: "POST",
      body: JSON.stringify({ token, newPassword: "a brand new passphrase" }),
    });
    expect(reset.status).toBe(200);
    const signIn = (password: string) =>
      api("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "x-forwarded-for": "10.0.2.2" },
        body: JSON.stringify({ email: "max@example.edu", password }),
      });
    expect((await signIn("correct horse battery")).status).toBe(401);
    expect((await signIn("a brand new passphrase")).status).toBe(200);
  });
});
