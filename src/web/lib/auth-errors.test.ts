import { describe, expect, it } from "vitest";
import { authErrorMessage, safeNext } from "./auth-errors.js";

describe("authErrorMessage", () => {
  it("says a wrong e-mail or password plainly, and too many attempts as a wait", () => {
    expect(authErrorMessage(401, "INVALID_EMAIL_OR_PASSWORD")).toMatch(/do not match an account/);
    expect(authErrorMessage(429, undefined)).toMatch(/Wait a minute/);
  });
  it("sends someone who already has an account to sign in", () => {
    expect(authErrorMessage(422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL")).toMatch(/sign in instead/);
  });
  it("has a sentence for an unknown code and for no connection", () => {
    expect(authErrorMessage(400, "SOMETHING_NEW")).toMatch(/Check what you entered/);
    expect(authErrorMessage(0, undefined)).toMatch(/Could not reach/);
  });
});

describe("safeNext", () => {
  it("returns to a page of the app with its query", () => {
    expect(safeNext("/contacts?q=ada")).toBe("/contacts?q=ada");
  });
  it("never leaves the app nor loops back to a sign-in page", () => {
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext("//evil.example")).toBe("/");
    expect(safeNext("/sign-in?next=/x")).toBe("/");
    expect(safeNext(null)).toBe("/");
  });
});
