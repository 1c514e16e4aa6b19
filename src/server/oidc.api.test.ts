// Single sign-on through a real OpenID Connect provider (the `oidc-provider` package, started here on
// its own port): the sign-in goes to the provider, the person signs in and agrees there, comes back
// to our callback, and has an account and a session.
import type { Server } from "node:http";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/databases.js";
import { freePort } from "../../test/support/spawn-server.js";
import { loadConfig } from "../config.js";
import { type RunningServer, startServer } from "./serve.js";

const postgres = process.env.COFFEECHAT_TEST_DATABASE_URL;

const CLIENT_ID = "coffeechat";
const CLIENT_SECRET = "a-client-secret-for-the-tests-0123456789";
const PEOPLE: Record<string, { email: string; name: string }> = {
  "student-7": { email: "nia.okafor@example.edu", name: "Nia Okafor" },
};

/** A browser's cookies, by name (both servers are on 127.0.0.1, and cookies ignore the port). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

describe.skipIf(!postgres)("single sign-on through OpenID Connect (PostgreSQL)", () => {
  let database: TestDatabase;
  let server: RunningServer;
  let provider: Server;
  let issuer: string;
  let publicUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const providerPort = await freePort();
    issuer = `http://127.0.0.1:${providerPort}`;
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${publicUrl}/api/auth/callback/centre`],
          grant_types: ["authorization_code"],
          response_types: ["code"],
        },
      ],
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
      cookies: { keys: ["a-cookie-key-for-the-test-provider"] },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
      findAccount: (_ctx, sub) => {
        const person = PEOPLE[sub];
        if (!person) return undefined;
        return {
          accountId: sub,
          claims: () => ({ sub, email: person.email, email_verified: true, name: person.name }),
        };
      },
    });
    provider = oidc.listen(providerPort, "127.0.0.1");
    server = await startServer(
      loadConfig({
        COFFEECHAT_MODE: "hosted",
        HOST: "127.0.0.1",
        PORT: String(port),
        DATABASE_URL: database.databaseUrl,
        COFFEECHAT_PUBLIC_URL: publicUrl,
        COFFEECHAT_SECRET: "a-test-secret-that-is-long-enough-0123456789",
        HOME: "/tmp",
        COFFEECHAT_OIDC_ISSUER: issuer,
        COFFEECHAT_OIDC_CLIENT_ID: CLIENT_ID,
        COFFEECHAT_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        COFFEECHAT_OIDC_NAME: "Example University",
      }),
    );
  });
  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => provider?.close(resolve));
    await database?.drop();
  });

  /** Follows redirects by hand, as a browser would, keeping cookies; stops at `stopAt`'s origin+path. */
  async function follow(jar: CookieJar, start: string, stopAt: (url: URL) => boolean): Promise<Response> {
    let url = new URL(start);
    for (let hop = 0; hop < 20; hop++) {
      const response = await fetch(url, { headers: { cookie: jar.header() }, redirect: "manual" });
      jar.take(response);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location || stopAt(url)) return response;
      url = new URL(location, url);
    }
    throw new Error("Too many redirects.");
  }

  async function submit(jar: CookieJar, page: Response, fields: Record<string, string>): Promise<string> {
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`No form on the provider's page:\n${html}`);
    const response = await fetch(new URL(action, issuer), {
      method: "POST",
      headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
    jar.take(response);
    expect(response.status).toBeGreaterThanOrEqual(300);
    return new URL(response.headers.get("location") ?? "", issuer).toString();
  }

  it("the first sign-in through the centre's provider creates the account and a session", async () => {
    const health = await fetch(`${publicUrl}/api/health`);
    expect(await health.json()).toMatchObject({ mode: "hosted", singleSignOn: "Example University" });
    const jar = new CookieJar();
    const started = await fetch(`${publicUrl}/api/auth/sign-in/social`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: publicUrl },
      body: JSON.stringify({ provider: "centre", callbackURL: "/" }),
    });
    expect(started.status).toBe(200);
    jar.take(started);
    const { url } = (await started.json()) as { url: string };
    expect(url.startsWith(`${issuer}/`)).toBe(true);

    const isProvider = (u: URL) => u.origin === issuer && u.pathname.startsWith("/interaction/");
    const loginPage = await follow(jar, url, isProvider);
    expect(loginPage.status).toBe(200);
    const afterLogin = await submit(jar, loginPage, { prompt: "login", login: "student-7", password: "x" });
    const consentPage = await follow(jar, afterLogin, isProvider);
    expect(consentPage.status).toBe(200);
    const afterConsent = await submit(jar, consentPage, { prompt: "consent" });

    const landed = await follow(jar, afterConsent, (u) => u.origin === publicUrl);
    expect(new URL(landed.url || afterConsent).pathname).toBe("/api/auth/callback/centre");
    expect(landed.status).toBe(302);
    expect(landed.headers.get("location")).toBe("/");
    expect(jar.has("coffeechat.session_token")).toBe(true);

    const account = await fetch(`${publicUrl}/api/account`, { headers: { cookie: jar.header() } });
    expect(account.status).toBe(200);
    const me = (await account.json()) as { mode: string; id: string; name: string };
    expect(me).toMatchObject({ mode: "hosted", name: "Nia Okafor", email: "nia.okafor@example.edu" });

    const db = server.runtime.db.kysely;
    const user = await db.selectFrom("users").selectAll().where("id", "=", me.id).executeTakeFirst();
    expect(user?.email).toBe("nia.okafor@example.edu");
    const link = await db
      .selectFrom("auth_accounts")
      .select(["provider_id", "account_id"])
      .where("owner_id", "=", me.id)
      .execute();
    expect(link).toEqual([{ provider_id: "centre", account_id: "student-7" }]);

    // Her data is hers: a contact made with the session is listed back.
    const made = await fetch(`${publicUrl}/api/contacts`, {
      method: "POST",
      headers: { cookie: jar.header(), "content-type": "application/json" },
      body: JSON.stringify({ firstName: "Grace", lastName: "Hopper" }),
    });
    expect(made.status).toBe(201);
  });

  it("a second sign-in through the provider finds the same account", async () => {
    const db = server.runtime.db.kysely;
    const before = await db.selectFrom("users").select("id").execute();
    const jar = new CookieJar();
    const started = await fetch(`${publicUrl}/api/auth/sign-in/social`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: publicUrl },
      body: JSON.stringify({ provider: "centre", callbackURL: "/" }),
    });
    jar.take(started);
    const { url } = (await started.json()) as { url: string };
    const isProvider = (u: URL) => u.origin === issuer && u.pathname.startsWith("/interaction/");
    const loginPage = await follow(jar, url, isProvider);
    const afterLogin = await submit(jar, loginPage, { prompt: "login", login: "student-7", password: "x" });
    // The grant from the first time is remembered by the provider only per session: agree again if asked.
    let next = await follow(jar, afterLogin, (u) => isProvider(u) || u.origin === publicUrl);
    if (next.status === 200) {
      next = await follow(jar, await submit(jar, next, { prompt: "consent" }), (u) => u.origin === publicUrl);
    }
    expect(jar.has("coffeechat.session_token")).toBe(true);
    const list = await fetch(`${publicUrl}/api/contacts`, { headers: { cookie: jar.header() } });
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { firstName: string }[] };
    expect(items.map((c) => c.firstName)).toEqual(["Grace"]);
    expect(await db.selectFrom("users").select("id").execute()).toHaveLength(before.length);
  });
});
