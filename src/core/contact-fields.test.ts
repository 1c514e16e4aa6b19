import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTimeZone, normalizeProfileUrl, parseContactSource } from "./contact-fields.js";
import { searchKey, searchTerms } from "./text.js";

describe("contact sources", () => {
  it("reads sources the way people type them", () => {
    expect(parseContactSource("LinkedIn")).toBe("linkedin");
    expect(parseContactSource(" alumni ")).toBe("alumni");
    expect(parseContactSource("Conference")).toBe("event");
    expect(parseContactSource("coworker")).toBe("colleague");
    expect(parseContactSource("telepathy")).toBeNull();
  });
});

describe("time zones", () => {
  it("knows IANA zones and refuses made-up ones and abbreviations", () => {
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("EST")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("profile addresses", () => {
  it("gives one form to a LinkedIn profile however it was copied", () => {
    const canonical = "https://www.linkedin.com/in/ada-lovelace";
    for (const input of [
      "linkedin.com/in/ada-lovelace",
      "https://www.linkedin.com/in/Ada-Lovelace/",
      "http://de.linkedin.com/in/ada-lovelace?trk=people",
      " www.linkedin.com/in/ada-lovelace/details/experience/ ",
    ]) {
      expect(normalizeProfileUrl(input)).toBe(canonical);
    }
  });
  it("keeps other addresses and refuses what is not one", () => {
    expect(normalizeProfileUrl("https://ada.example.org/about")).toBe("https://ada.example.org/about");
    expect(normalizeProfileUrl("not a url")).toBeNull();
    expect(normalizeProfileUrl("javascript:alert(1)")).toBeNull();
    expect(normalizeProfileUrl("")).toBeNull();
  });
  it("is stable: normalising twice changes nothing", () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const once = normalizeProfileUrl(url);
        expect(once === null ? null : normalizeProfileUrl(once)).toBe(once);
      }),
    );
  });
});

describe("search keys", () => {
  it("ignores case, accents and spacing", () => {
    expect(searchKey("  José  MÜLLER ")).toBe("jose muller");
    expect(searchTerms("Zoë  Ångström")).toEqual(["zoe", "angstrom"]);
  });
  it("is stable and never longer than its input's words", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const key = searchKey(text);
        expect(searchKey(key)).toBe(key);
        expect(key).toBe(key.trim());
      }),
    );
  });
});
