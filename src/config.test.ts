import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration from the environment", () => {
  it("defaults to 127.0.0.1:4545 and a data folder under the home directory", () => {
    const config = loadConfig({ HOME: "/home/ada" });
    expect(config).toMatchObject({
      port: 4545,
      host: "127.0.0.1",
      dataDir: "/home/ada/.local/share/coffeechat",
      sqliteFile: "/home/ada/.local/share/coffeechat/coffeechat.sqlite",
      databaseUrl: undefined,
    });
  });
  it("follows XDG_DATA_HOME, and COFFEECHAT_DATA_DIR above it", () => {
    expect(loadConfig({ HOME: "/h", XDG_DATA_HOME: "/xdg" }).dataDir).toBe("/xdg/coffeechat");
    expect(loadConfig({ HOME: "/h", XDG_DATA_HOME: "/xdg", COFFEECHAT_DATA_DIR: "/data/cc" }).dataDir).toBe(
      "/data/cc",
    );
  });
  it("switches to PostgreSQL with a postgres:// DATABASE_URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/cc" }).databaseUrl).toBe(
      "postgres://u:p@db:5432/cc",
    );
  });
  it("reports every bad variable at once", () => {
    let message = "";
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", HOST: "127.0.0.1" });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL/);
  });
  it("refuses to listen beyond this machine without sign-in", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/HOST: local mode listens on 127.0.0.1 only/);
    expect(loadConfig({ HOST: "localhost" }).host).toBe("localhost");
  });

  it("reads the mail server and sender, and names a malformed server address without repeating it", () => {
    const config = loadConfig({
      COFFEECHAT_SMTP_URL: "smtps://me:pw@smtp.example.org",
      COFFEECHAT_MAIL_FROM: "me@example.org",
    });
    expect(config.mail).toEqual({ smtpUrl: "smtps://me:pw@smtp.example.org", from: "me@example.org" });
    expect(loadConfig({}).mail).toEqual({ smtpUrl: null, from: null });
    let message = "";
    try {
      loadConfig({ COFFEECHAT_SMTP_URL: "http://me:secret@example.org", COFFEECHAT_MAIL_FROM: "nobody" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/COFFEECHAT_SMTP_URL: must start with smtp:\/\/ or smtps:\/\//);
    expect(message).toMatch(/COFFEECHAT_MAIL_FROM: must be an e-mail address/);
    expect(message).not.toContain("secret");
  });

  it("hosted mode refuses to start without its database, address and secret, naming each", () => {
    let message = "";
    try {
      loadConfig({ COFFEECHAT_MODE: "hosted" });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL: is required in hosted mode/);
    expect(message).toMatch(/COFFEECHAT_PUBLIC_URL: is required in hosted mode/);
    expect(message).toMatch(/COFFEECHAT_SECRET: is required in hosted mode/);
    expect(() =>
      loadConfig({
        COFFEECHAT_MODE: "hosted",
        DATABASE_URL: "postgres://u:p@db/cc",
        COFFEECHAT_PUBLIC_URL: "https://cc.example.edu",
        COFFEECHAT_SECRET: "short",
      }),
    ).toThrow(/COFFEECHAT_SECRET: must be at least 32 characters/);
  });

  it("only hosted mode listens on other addresses; its links use the public address", () => {
    const config = loadConfig({
      COFFEECHAT_MODE: "hosted",
      HOST: "0.0.0.0",
      DATABASE_URL: "postgres://u:p@db:5432/cc",
      COFFEECHAT_PUBLIC_URL: "https://cc.example.edu/",
      COFFEECHAT_SECRET: "x".repeat(32),
    });
    expect(config).toMatchObject({ mode: "hosted", host: "0.0.0.0" });
    expect(config.hosted).toMatchObject({
      publicUrl: "https://cc.example.edu",
      signUp: true,
      oidc: undefined,
    });
    expect(loadConfig({}).mode).toBe("local");
    expect(loadConfig({}).hosted).toBeUndefined();
  });

  it("single sign-on needs the issuer, client id and client secret together", () => {
    expect(() =>
      loadConfig({
        COFFEECHAT_MODE: "hosted",
        DATABASE_URL: "postgres://u:p@db:5432/cc",
        COFFEECHAT_PUBLIC_URL: "https://cc.example.edu",
        COFFEECHAT_SECRET: "x".repeat(32),
        COFFEECHAT_OIDC_ISSUER: "https://login.example.edu",
      }),
    ).toThrow(/COFFEECHAT_OIDC_CLIENT_ID: is required for single sign-on/);
  });

  it("keeps the CLI's sign-in under XDG_CONFIG_HOME, else ~/.config, and reads a hosted server from the environment", () => {
    expect(loadConfig({ HOME: "/home/ada" }).configDir).toBe("/home/ada/.config/coffeechat");
    expect(loadConfig({ HOME: "/h", XDG_CONFIG_HOME: "/cfg" }).configDir).toBe("/cfg/coffeechat");
    expect(loadConfig({}).remote).toBeUndefined();
    expect(
      loadConfig({ COFFEECHAT_URL: "https://cc.example.edu/", COFFEECHAT_TOKEN: "cc_secret" }).remote,
    ).toEqual({ url: "https://cc.example.edu", token: "cc_secret" });
  });

  it("needs the server's address and the token together, and never repeats the token", () => {
    expect(() => loadConfig({ COFFEECHAT_URL: "https://cc.example.edu" })).toThrow(
      /COFFEECHAT_TOKEN: is required with COFFEECHAT_URL/,
    );
    expect(() => loadConfig({ COFFEECHAT_TOKEN: "cc_secret" })).toThrow(
      /COFFEECHAT_URL: is required with COFFEECHAT_TOKEN/,
    );
    let message = "";
    try {
      loadConfig({ COFFEECHAT_URL: "cc.example.edu?x", COFFEECHAT_TOKEN: "cc_secret" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/COFFEECHAT_URL: must be the address of a hosted coffeechat/);
    expect(message).not.toContain("cc_secret");
  });
});
