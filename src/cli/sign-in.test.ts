import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../config.js";
import { currentSignIn, forgetSignIn, loginFile, saveSignIn, storedSignIn } from "./sign-in.js";

describe("the CLI's sign-in to a hosted server", () => {
  let configDir = "";
  beforeEach(() => {
    configDir = path.join(mkdtempSync(path.join(os.tmpdir(), "coffeechat-sign-in-")), "coffeechat");
  });
  afterEach(() => rmSync(path.dirname(configDir), { recursive: true, force: true }));

  const login = { url: "https://cc.example.edu", token: "cc_token" };

  it("is kept in a file only its owner can read, in a folder only they can open", () => {
    const file = saveSignIn({ configDir }, login);
    expect(file).toBe(loginFile({ configDir }));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
    expect(storedSignIn({ configDir })).toEqual(login);
    expect(currentSignIn({ configDir, remote: undefined })).toEqual({ ...login, from: "file" });
  });

  it("narrows a file that was readable by others when it is saved again", () => {
    mkdirSync(configDir, { recursive: true });
    writeFileSync(loginFile({ configDir }), "{}", { mode: 0o644 });
    saveSignIn({ configDir }, login);
    expect(statSync(loginFile({ configDir })).mode & 0o777).toBe(0o600);
  });

  it("takes the environment's server over the file's", () => {
    saveSignIn({ configDir }, login);
    const remote = { url: "https://other.example.edu", token: "cc_other" };
    expect(currentSignIn({ configDir, remote })).toEqual({ ...remote, from: "environment" });
  });

  it("is none without a file, reports a damaged one, and is forgotten on logout", () => {
    expect(currentSignIn({ configDir, remote: undefined })).toBeUndefined();
    expect(forgetSignIn({ configDir })).toBeUndefined();
    mkdirSync(configDir, { recursive: true });
    writeFileSync(loginFile({ configDir }), "not json");
    expect(() => storedSignIn({ configDir })).toThrow(ConfigError);
    expect(() => storedSignIn({ configDir })).toThrow(/is damaged. Run `coffeechat logout`/);
    saveSignIn({ configDir }, login);
    expect(forgetSignIn({ configDir })).toEqual(login);
    expect(storedSignIn({ configDir })).toBeUndefined();
  });
});
