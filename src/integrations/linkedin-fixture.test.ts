import { describe, expect, it } from "vitest";
import { fixtureLineOfRow, makeLinkedInConnectionsCsv } from "./linkedin-fixture.js";

describe("makeLinkedInConnectionsCsv", () => {
  it("is deterministic for a seed and varies with it", () => {
    const a = makeLinkedInConnectionsCsv(50, { language: "en" });
    expect(makeLinkedInConnectionsCsv(50, { language: "en" })).toBe(a);
    expect(makeLinkedInConnectionsCsv(50, { language: "en", seed: 7 })).not.toBe(a);
  });

  it("ships like LinkedIn: BOM, Notes preamble, blank line, header, CRLF, one line per row", () => {
    const csv = makeLinkedInConnectionsCsv(3, { language: "de" });
    expect(csv.startsWith('\uFEFFNotes:\r\n"')).toBe(true);
    const lines = csv.split("\r\n");
    expect(lines[2]).toBe("");
    expect(lines[fixtureLineOfRow(0) - 1]).toBe(
      "Vorname,Nachname,URL,E-Mail-Adresse,Unternehmen,Position,Verbunden am",
    );
    expect(lines).toHaveLength(fixtureLineOfRow(3) + 1);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it("breaks the requested row with a quote that is never closed", () => {
    const lines = makeLinkedInConnectionsCsv(5, { language: "en", brokenAtRow: 2 }).split("\r\n");
    expect(lines[fixtureLineOfRow(2) - 1]).toMatch(/,"Acme, Inc\.,Engineer,/);
  });
});
