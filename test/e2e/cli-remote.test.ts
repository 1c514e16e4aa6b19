// The CLI signed in to a hosted coffeechat on PostgreSQL with a personal API token: it checks the
// token and keeps it for this user only, the data commands then work on that account through the
// API (the same --json as locally, every page of a large list), another person's data stays out
// of sight, a revoked token is refused plainly, and signing out brings this computer's data back.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCliAsync } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { type StartedServer, startServer } from "../support/spawn-server.js";

const postgres = process.env.COFFEECHAT_TEST_DATABASE_URL;

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
type Json = any;

interface Person {
  cookie: string;
  token: string;
}

// Each test runs the CLI several times, each a process of its own: time enough on a busy machine.
describe.skipIf(!postgres)(
  "the CLI signed in to a hosted coffeechat (PostgreSQL)",
  { timeout: 90_000 },
  () => {
    let database: TestDatabase;
    let server: StartedServer;
    let work: string;
    let ada: Person;
    let bob: Person;
    let bobsContactId = "";
    /** Ada's environment: her own config folder (where login keeps the token) and an empty data folder. */
    let env: Record<string, string>;

    async function api(person: Pick<Person, "cookie">, method: string, route: string, body?: unknown) {
      const response = await fetch(`${server.url}${route}`, {
        method,
        headers: { "content-type": "application/json", cookie: person.cookie },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as Json };
    }

    async function signUp(email: string, name: string): Promise<Person> {
      const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "correct horse battery", name }),
      });
      expect(response.status).toBe(200);
      const cookie = response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const made = await api({ cookie }, "POST", "/api/account/token");
      expect(made.status).toBe(201);
      return { cookie, token: made.body.token };
    }

    const cli = (args: string[], input?: string, extra: Record<string, string> = {}) =>
      runCliAsync(args, { ...env, ...extra }, input);

    async function json(...args: string[]): Promise<Json> {
      const result = await cli([...args, "--json"]);
      expect(result.stderr, result.stderr).toBe("");
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout);
    }

    function refused(result: CliResult, message: RegExp) {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
    }

    beforeAll(async () => {
      database = await createTestDatabase("postgres");
      server = await startServer({
        env: (url) => ({
          COFFEECHAT_MODE: "hosted",
          DATABASE_URL: database.databaseUrl,
          COFFEECHAT_PUBLIC_URL: url,
          COFFEECHAT_SECRET: "a-test-secret-that-is-long-enough-0123456789",
        }),
        timeoutMs: 60_000,
      });
      work = mkdtempSync(path.join(os.tmpdir(), "coffeechat-cli-remote-"));
      env = {
        XDG_CONFIG_HOME: path.join(work, "ada-config"),
        COFFEECHAT_DATA_DIR: path.join(work, "ada-data"),
      };
      ada = await signUp("ada@example.org", "Ada");
      bob = await signUp("bob@example.org", "Bob");
      const grace = await api(bob, "POST", "/api/contacts", {
        firstName: "Grace",
        lastName: "Hopper",
        emails: ["grace@example.org"],
      });
      expect(grace.status).toBe(201);
      bobsContactId = grace.body.id;
    }, 90_000);

    afterAll(async () => {
      await server?.stop();
      await database?.drop();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    const loginFile = () => path.join(env.XDG_CONFIG_HOME as string, "coffeechat", "login.json");

    it("refuses a wrong token plainly and keeps nothing", async () => {
      const result = await cli(["login", "--url", server.url, "--token", "-"], "cc_not-a-real-token\n");
      refused(result, new RegExp(`${server.url} did not accept your token`));
      expect(existsSync(loginFile())).toBe(false);
      refused(
        await cli(["login", "--url", "not an address", "--token", "x"]),
        /--url: "not an address" is not an address/,
      );
    });

    it("signs in with the token read from standard input, kept in a file only its owner can read", async () => {
      const result = await cli(["login", "--url", `${server.url}/`, "--token", "-"], `${ada.token}\n`);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Signed in to ${server.url} as ada@example.org.`);
      expect(statSync(loginFile()).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(loginFile(), "utf8"))).toEqual({ url: server.url, token: ada.token });
      expect((await cli(["login"])).stdout).toContain(`Signed in to ${server.url} as ada@example.org.`);
    });

    it("adds, lists, shows and searches contacts on the account, never the local database", async () => {
      const added = await json(
        "contacts",
        "add",
        "Ada",
        "Lovelace",
        "--email",
        "ada.l@example.org",
        "--tag",
        "math",
      );
      expect(added).toMatchObject({
        fullName: "Ada Lovelace",
        emails: ["ada.l@example.org"],
        tags: ["math"],
      });

      const listed = await json("contacts", "list");
      expect(listed).toEqual({ items: [added], nextCursor: null, total: 1 });
      expect(await json("contacts", "show", added.id)).toEqual(added);

      const found = await json("search", "lovelace");
      expect(found.items.map((hit: Json) => hit.id)).toContain(added.id);

      // Bob's contact is not Ada's: not listed, not found, not shown.
      expect((await json("search", "hopper")).items).toEqual([]);
      refused(
        await cli(["contacts", "show", bobsContactId]),
        new RegExp(`No contact with id ${bobsContactId}`),
      );

      // Nothing was written on this computer.
      expect(existsSync(path.join(env.COFFEECHAT_DATA_DIR as string, "coffeechat.sqlite"))).toBe(false);
    });

    it("imports a file into the account and lists every page of it", async () => {
      const people = 520;
      const cards = Array.from({ length: people }, (_, n) =>
        [
          "BEGIN:VCARD",
          "VERSION:3.0",
          `FN:Person ${n}`,
          `N:${n};Person;;;`,
          `EMAIL:p${n}@example.org`,
          "END:VCARD",
        ].join("\r\n"),
      );
      const file = path.join(work, "people.vcf");
      writeFileSync(file, `${cards.join("\r\n")}\r\n`);
      const preview = await json("import", "vcard", file, "--dry-run");
      expect(preview.people.counts).toMatchObject({ new: people });
      expect((await json("contacts", "list")).total).toBe(1);
      const imported = await json("import", "vcard", file);
      expect(imported.people.counts).toMatchObject({ new: people });

      const every = await json("contacts", "list", "--all");
      expect(every.total).toBe(people + 1);
      expect(every.items).toHaveLength(people + 1);
      expect(new Set(every.items.map((c: Json) => c.id)).size).toBe(people + 1);
      expect(every.nextCursor).toBeNull();
      const first = await json("contacts", "list", "--limit", "501");
      expect(first.items).toHaveLength(501);
      expect(first.items).toEqual(every.items.slice(0, 501));
    });

    it("shows today, conversations and what works, and streams an export to a file", async () => {
      const [contact] = (await json("contacts", "list", "-q", "lovelace")).items;
      const planned = await json("conversations", "add", contact.id, "--stage", "asked");
      expect(planned).toMatchObject({ contactId: contact.id, stage: "asked" });
      const conversations = await json("conversations", "list");
      expect(conversations.items.map((c: Json) => c.id)).toEqual([planned.id]);
      expect(await json("today")).toMatchObject({ sections: expect.any(Array), habit: expect.any(Object) });
      expect(await json("what-works")).toMatchObject({ funnel: expect.any(Array) });

      const out = path.join(work, "backup.json");
      const written = await json("export", "json", "--out", out);
      expect(written).toMatchObject({ file: out, format: "json" });
      const backup = readFileSync(out, "utf8");
      expect(written.bytes).toBe(Buffer.byteLength(backup));
      expect(backup).toContain("ada.l@example.org");
      expect(backup).not.toContain("grace@example.org");
    });

    it("restores a JSON backup into another account, streamed up, with new ids", async () => {
      const cleo = await signUp("cleo@example.org", "Cleo");
      const asCleo = {
        XDG_CONFIG_HOME: path.join(work, "cleo-config"),
        COFFEECHAT_URL: server.url,
        COFFEECHAT_TOKEN: cleo.token,
      };
      const backup = path.join(work, "backup.json");
      const restored = await cli(["import", "json", backup, "--json"], undefined, asCleo);
      expect(restored.stderr).toBe("");
      expect(JSON.parse(restored.stdout).restored).toMatchObject({ contacts: 521 });
      const hers = JSON.parse(
        (await cli(["contacts", "list", "-q", "lovelace", "--json"], undefined, asCleo)).stdout,
      );
      const adas = await json("contacts", "list", "-q", "lovelace");
      expect(hers.items.map((c: Json) => c.fullName)).toEqual(["Ada Lovelace"]);
      expect(hers.items[0].id).not.toBe(adas.items[0].id);
    });

    it("says a command that knows only this computer's data does not work while signed in", async () => {
      refused(
        await cli(["goals", "list"]),
        /`coffeechat goals list` works only on this computer's data, and you are signed in to .*coffeechat logout/,
      );
      refused(await cli(["backup"]), /`coffeechat backup` works only on this computer's data/);
    });

    it("takes the address and token from the environment over the file, for scripts", async () => {
      const result = await cli(["contacts", "list", "--json"], undefined, {
        XDG_CONFIG_HOME: path.join(work, "nobody-config"),
        COFFEECHAT_URL: server.url,
        COFFEECHAT_TOKEN: bob.token,
      });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).items.map((c: Json) => c.id)).toEqual([bobsContactId]);
    });

    it("refuses a revoked token with a clear message", async () => {
      expect((await api(ada, "DELETE", "/api/account/token")).status).toBe(204);
      refused(
        await cli(["contacts", "list"]),
        new RegExp(
          `${server.url} did not accept your token: .*revoked.*Settings → Account.*coffeechat login`,
        ),
      );
    });

    it("signs out: the commands use this computer's data again", async () => {
      const result = await cli(["logout"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Signed out of ${server.url}`);
      expect(existsSync(loginFile())).toBe(false);
      expect(await json("contacts", "list")).toEqual({ items: [], nextCursor: null, total: 0 });
      expect((await cli(["logout"])).stdout).toContain("You were not signed in");
    });
  },
);
