import { beforeAll, describe, expect, it } from "vitest";
import { assertPythonReaders, readVCardsWithVobject } from "../../test/support/python-readers.js";
import { contactFixture } from "../core/contact.fixture.js";
import type { Contact } from "../core/contact.js";
import { parseVCards } from "./vcard-parse.js";
import { contactsToVCard } from "./vcard-write.js";

function contact(overrides: Partial<Contact>): Contact {
  return contactFixture({ lastName: "Lovelace", updatedAt: "2025-03-02T11:12:13.456Z", ...overrides });
}

const juergen = contact({
  id: "0b9e1d57-1b9f-4f0a-8b55-3c1d2e4f5a6b",
  firstName: "Jürgen",
  lastName: "Müller",
  fullName: "Jürgen Müller",
  emails: ["juergen@example.de", "j.mueller@stadtwerke.example"],
  phones: ["+49 171 2345678", "+49 89 9876543"],
  linkedinUrl: "https://www.linkedin.com/in/juergen-mueller",
  organization: "Stadtwerke München; Netze, GmbH",
  title: "Leiter Netzplanung, Strom\\Gas",
  location: "München, Bayern",
  tags: ["energy", "grid, planning"],
  needs: "A junior analyst for the grid team",
  notes:
    "Met at E-world.\nAsked about grid planning; very open. 量子センサーの話を聞く予定。量子センサーの話を聞く予定。",
});
const jose = contact({
  id: "7c2a9e11-77b4-4d5e-9f00-112233445566",
  firstName: "José",
  lastName: "Ñúñez",
  fullName: "José Ñúñez",
  emails: ["jose.nunez@example.es"],
  organization: "Compañía Telefónica",
  title: "Director de Innovación",
  tags: ["telecom"],
});
const contacts = [
  juergen,
  jose,
  contact({ id: "plain-id", firstName: "", lastName: "", fullName: "", emails: ["x@y.example"] }),
];

describe("contactsToVCard: the file", () => {
  const text = contactsToVCard(contacts, { version: "3.0" });

  it("has one card per contact, CRLF line ends, and no line longer than 75 octets", () => {
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(3);
    expect(text.endsWith("END:VCARD\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("escapes commas, semicolons, backslashes and line breaks", () => {
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("ORG:Stadtwerke München\\; Netze\\, GmbH\r\n");
    expect(unfolded).toContain("TITLE:Leiter Netzplanung\\, Strom\\\\Gas\r\n");
    expect(unfolded).toContain("NOTE:Met at E-world.\\nAsked about grid planning\\; very open.");
    expect(unfolded).toContain("CATEGORIES:energy,grid\\, planning\r\n");
  });

  it("writes the id as a urn:uuid UID and REV from updatedAt, or from `now` when given", () => {
    expect(text).toContain("UID:urn:uuid:0b9e1d57-1b9f-4f0a-8b55-3c1d2e4f5a6b\r\n");
    expect(text).toContain("UID:plain-id\r\n");
    expect(text).toContain("REV:20250302T111213Z\r\n");
    const stamped = contactsToVCard([jose], { version: "4.0", now: new Date("2026-01-02T03:04:05Z") });
    expect(stamped).toContain("REV:20260102T030405Z\r\n");
  });

  it("gives a nameless contact an FN all the same, and writes nothing for no contacts", () => {
    expect(text).toContain("FN:x@y.example\r\n");
    expect(contactsToVCard([], { version: "4.0" })).toBe("");
  });
});

describe("contactsToVCard read by python3-vobject", () => {
  beforeAll(assertPythonReaders);

  for (const version of ["3.0", "4.0"] as const) {
    it(`reads ${version}: names, emails, phones, ORG, title, LinkedIn URL, note, categories, locality, unicode intact`, () => {
      const [first, second] = readVCardsWithVobject(contactsToVCard(contacts, { version }));
      expect(first).toMatchObject({
        version,
        uid: "urn:uuid:0b9e1d57-1b9f-4f0a-8b55-3c1d2e4f5a6b",
        fn: "Jürgen Müller",
        family: "Müller",
        given: "Jürgen",
        emails: ["juergen@example.de", "j.mueller@stadtwerke.example"],
        phones: ["+49 171 2345678", "+49 89 9876543"],
        org: ["Stadtwerke München; Netze, GmbH"],
        title: "Leiter Netzplanung, Strom\\Gas",
        urls: ["https://www.linkedin.com/in/juergen-mueller"],
        note: "Met at E-world.\nAsked about grid planning; very open. 量子センサーの話を聞く予定。量子センサーの話を聞く予定。",
        categories: ["energy", "grid, planning"],
        locality: "München, Bayern",
        rev: "20250302T111213Z",
      });
      expect(second).toMatchObject({
        fn: "José Ñúñez",
        family: "Ñúñez",
        given: "José",
        org: ["Compañía Telefónica"],
      });
    });
  }

  it("marks 3.0 emails TYPE=INTERNET, the first one preferred", () => {
    const [first] = readVCardsWithVobject(contactsToVCard([juergen], { version: "3.0" }));
    expect(first?.emailTypes).toEqual([["INTERNET", "PREF"], ["INTERNET"]]);
  });
});

describe("contactsToVCard then parseVCards", () => {
  for (const version of ["3.0", "4.0"] as const) {
    it(`gives back names, emails, phones, organisation, title, LinkedIn URL and location (${version})`, () => {
      const [back] = parseVCards(contactsToVCard([juergen], { version }));
      expect(back).toMatchObject({
        line: 1,
        firstName: juergen.firstName,
        lastName: juergen.lastName,
        emails: juergen.emails,
        phones: juergen.phones,
        organization: juergen.organization,
        title: juergen.title,
        linkedinUrl: juergen.linkedinUrl,
        location: juergen.location,
        notes: juergen.notes,
        needs: juergen.needs,
        tags: juergen.tags,
        dropped: [],
      });
    });
  }
});
