import { describe, expect, it } from "vitest";
import { IMPORT_SOURCES, importSource, unexpectedFiles } from "./import-sources.js";

describe("import sources", () => {
  it("offers the five import formats, LinkedIn first and by default", () => {
    expect(IMPORT_SOURCES.map((s) => s.format)).toEqual(["linkedin", "google", "outlook", "vcard", "json"]);
    expect(importSource(null).format).toBe("linkedin");
    expect(importSource("nonsense").format).toBe("linkedin");
    expect(importSource("vcard").format).toBe("vcard");
  });

  it("names the files whose ending does not fit the source, whatever their case", () => {
    const vcard = importSource("vcard");
    expect(
      unexpectedFiles(vcard, [{ name: "All.VCF" }, { name: "me.vcard" }, { name: "photo.jpg" }]),
    ).toEqual(["photo.jpg"]);
  });
});
