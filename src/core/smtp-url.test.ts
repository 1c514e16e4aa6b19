import { describe, expect, it } from "vitest";
import { parseSmtpUrl, redactSmtpUrl } from "./smtp-url.js";

describe("parseSmtpUrl", () => {
  it("reads smtps:// with a percent-encoded user name and password", () => {
    expect(parseSmtpUrl("smtps://me%40example.com:app%2Fpass%3Aword%25@smtp.example.com:465")).toEqual({
      secure: true,
      host: "smtp.example.com",
      port: 465,
      user: "me@example.com",
      password: "app/pass:word%",
    });
  });

  it("defaults the port: 587 for smtp://, 465 for smtps://", () => {
    expect(parseSmtpUrl("smtp://u:p@mail.example.com")).toMatchObject({ secure: false, port: 587 });
    expect(parseSmtpUrl("smtps://u:p@mail.example.com")).toMatchObject({ secure: true, port: 465 });
    expect(parseSmtpUrl("smtp://u:p@mail.example.com:2525/")).toMatchObject({ port: 2525 });
  });

  it("allows no credentials at all (a local relay)", () => {
    const settings = parseSmtpUrl("smtp://127.0.0.1:25");
    expect(settings).toEqual({ secure: false, host: "127.0.0.1", port: 25, user: null, password: null });
    expect(settings).not.toHaveProperty("ignoreTls");
  });

  it("reads ?ignoreTLS=true (and false)", () => {
    expect(parseSmtpUrl("smtp://127.0.0.1:2525?ignoreTLS=true")).toEqual({
      secure: false,
      host: "127.0.0.1",
      port: 2525,
      user: null,
      password: null,
      ignoreTls: true,
    });
    expect(parseSmtpUrl("smtp://127.0.0.1:2525?ignoreTLS=false")).not.toHaveProperty("ignoreTls");
  });

  it("accepts upper-case schemes, surrounding blanks, IPv6 and non-ASCII host names", () => {
    expect(parseSmtpUrl("  SMTPS://u:p@Smtp.Example.COM \n")).toMatchObject({ host: "smtp.example.com" });
    expect(parseSmtpUrl("smtp://[::1]:2525")).toMatchObject({ host: "::1", port: 2525 });
    expect(parseSmtpUrl("smtp://mail.bücher.example")).toMatchObject({ host: "mail.xn--bcher-kva.example" });
  });

  it("reads an unencoded @ in the user name (the last @ ends the credentials)", () => {
    expect(parseSmtpUrl("smtps://me@example.com:secret@smtp.example.com")).toMatchObject({
      user: "me@example.com",
      password: "secret",
      host: "smtp.example.com",
    });
  });

  it.each([
    ["", "COFFEECHAT_SMTP_URL is empty"],
    ["smtp.example.com:465", "COFFEECHAT_SMTP_URL must start with smtp:// or smtps://"],
    ["https://u:p@smtp.example.com", "COFFEECHAT_SMTP_URL must start with smtp:// or smtps://"],
    ["smtp:/smtp.example.com", "COFFEECHAT_SMTP_URL must start with smtp:// or smtps://"],
    ["smtp://", "COFFEECHAT_SMTP_URL has no host name"],
    ["smtp://u:p@smtp.example.com:99999", "COFFEECHAT_SMTP_URL is not a valid URL"],
    ["smtp://u:p@smtp.example.com:0", "COFFEECHAT_SMTP_URL has a port outside 1-65535"],
    ["smtp://u:p@smtp.example.com:port", "COFFEECHAT_SMTP_URL is not a valid URL"],
    ["smtp://u:p@smtp.example.com/inbox", "COFFEECHAT_SMTP_URL must not have a path"],
    ["smtp://u:p@smtp.example.com#x", "COFFEECHAT_SMTP_URL must not have a #fragment"],
    ["smtp://u:p@smtp.example.com?secure=true", 'COFFEECHAT_SMTP_URL has an unknown option "secure"'],
    ["smtp://u:p@smtp.example.com?ignoreTLS=yes", "COFFEECHAT_SMTP_URL has ignoreTLS set to something"],
    ["smtps://u:p@smtp.example.com?ignoreTLS=true", "COFFEECHAT_SMTP_URL has ?ignoreTLS=true with smtps://"],
    ["smtp://user@smtp.example.com", "COFFEECHAT_SMTP_URL has a user name but no password"],
    ["smtp://:p@smtp.example.com", "COFFEECHAT_SMTP_URL has a password but no user name"],
    ["smtp://u:%E0%A4%A@smtp.example.com", "COFFEECHAT_SMTP_URL has a broken %-escape in the password"],
  ])("rejects %j", (url, message) => {
    expect(() => parseSmtpUrl(url)).toThrow(message);
  });

  it("ends every error with an example", () => {
    expect(() => parseSmtpUrl("http://x")).toThrow(
      "COFFEECHAT_SMTP_URL must start with smtp:// or smtps:// (for example smtps://me%40example.com:app-password@smtp.example.com:465)",
    );
  });

  it.each([
    "https://me:hunter2secret@smtp.example.com",
    "smtp://me:hunter2secret@smtp.example.com:99999",
    "smtp://me:hunter2secret@smtp.example.com/path",
    "smtp://me:hunter2secret@smtp.example.com?x=1",
    "smtp://me:hunter2secret%ZZ@smtp.example.com",
  ])("never repeats the password in an error: %j", (url) => {
    expect(() => parseSmtpUrl(url)).toThrow(Error);
    try {
      parseSmtpUrl(url);
    } catch (error) {
      expect((error as Error).message).not.toContain("hunter2secret");
    }
  });
});

describe("redactSmtpUrl", () => {
  it.each([
    [
      "smtps://me%40example.com:app-password@smtp.example.com:465",
      "smtps://me%40example.com:••••@smtp.example.com:465",
    ],
    ["smtp://me:secret@127.0.0.1:2525?ignoreTLS=true", "smtp://me:••••@127.0.0.1:2525?ignoreTLS=true"],
    ["smtp://127.0.0.1:2525?ignoreTLS=true", "smtp://127.0.0.1:2525?ignoreTLS=true"],
    ["smtp://relay.example.com", "smtp://relay.example.com"],
    ["smtp://user@relay.example.com", "smtp://user@relay.example.com"],
    ["smtps://me@example.com:pa@ss@smtp.example.com", "smtps://me@example.com:••••@smtp.example.com"],
    ["smtps://me:12/34?5#6@smtp.example.com", "smtps://me:••••@smtp.example.com"],
    ["smtps://me:secret", "smtps://me:••••"],
    ["smtp://[::1]:2525", "smtp://[::1]:2525"],
    ["smtp://h:25?ignoreTLS=true&token=abc", "smtp://h:25?ignoreTLS=true&token=••••"],
    ["me:secret@smtp.example.com", "me:••••@smtp.example.com"],
  ])("%s → %s", (url, redacted) => {
    expect(redactSmtpUrl(url)).toBe(redacted);
  });
});
