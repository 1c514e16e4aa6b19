import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGoogleContacts } from "./google-contacts.js";
import { ImportFormatError } from "./imported.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/google/${name}`, import.meta.url));

function failure(input: string | Buffer): ImportFormatError {
  try {
    parseGoogleContacts(input);
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error("expected an ImportFormatError");
}

describe("parseGoogleContacts: the current Google CSV", () => {
  const contacts = parseGoogleContacts(fixture("contacts-current.csv"));

  it("reads every contact with the line where it starts (notes and addresses span lines)", () => {
    expect(contacts.map((c) => [c.line, c.firstName, c.lastName])).toEqual([
      [2, "Zoë", "Ñúñez"],
      [6, "Jürgen Maria", "Müller"],
      [7, "李", "王"],
      [8, "Priya", "Singh"],
      [9, "Chloé", "Dubois"],
    ]);
  });

  it("keeps emails and phones from every numbered group, split on ::: and deduplicated", () => {
    expect(contacts[0]).toEqual({
      line: 2,
      firstName: "Zoë",
      lastName: "Ñúñez",
      emails: ["zoe@acme.example", "zoe.nunez@example.com"],
      phones: ["+49 30 1234567"],
      linkedinUrl: "https://www.linkedin.com/in/zoe-nunez-4a1b2c",
      organization: "Acme, Inc.",
      title: "Senior Data Scientist",
      location: "Berlin, Germany",
      notes: 'Met at PyData Berlin.\nAsk about "causal ML" hiring in Q3.',
      connectedOn: null,
      source: null,
      tags: ["Friends"],
      dropped: ["a photo", "a street address"],
    });
    expect(contacts[1]?.phones).toEqual(["+49 89 555 0101", "+49 171 5550102"]);
  });

  it("does not turn system labels into anything, and says what else it dropped", () => {
    expect(contacts[1]?.dropped).toEqual([]);
    expect(contacts[2]?.dropped).toEqual([]);
    expect(contacts[3]).toMatchObject({
      dropped: ["a website", "a birthday"],
      location: "Pune, Maharashtra, India",
      notes: "Prefers video calls.",
    });
  });

  it("falls back on File As when there is no first or last name", () => {
    expect(contacts[4]).toMatchObject({
      organization: "Université de Lyon",
      emails: ["chloe.dubois@univ-lyon.example"],
    });
  });
});

describe("parseGoogleContacts: the legacy Google CSV", () => {
  const contacts = parseGoogleContacts(fixture("contacts-legacy.csv"));

  it("reads Given Name and Family Name, numbered organisations and Group Membership", () => {
    expect(contacts[0]).toEqual({
      line: 2,
      firstName: "Zoë",
      lastName: "Ñúñez",
      emails: ["zoe@acme.example", "zoe.nunez@example.com"],
      phones: ["+49 30 1234567"],
      linkedinUrl: null,
      organization: "Acme, Inc.",
      title: "Senior Data Scientist",
      location: "Berlin",
      notes: "Met at PyData Berlin.",
      connectedOn: null,
      source: null,
      tags: ["Friends"],
      dropped: ["a photo"],
    });
  });

  it("splits the full Name when the parts are empty", () => {
    expect(contacts[1]).toMatchObject({
      firstName: "Kwame",
      lastName: "Mensah",
      organization: "Northwind Traders",
      title: "Chief of Staff",
    });
    expect(contacts[2]).toMatchObject({
      firstName: "Aoife",
      lastName: "Ní Bhriain",
      location: "Dublin, Ireland",
    });
  });

  it("reads the UTF-16 file older Google exports produced", () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(fixture("contacts-legacy.csv").toString("utf8"), "utf16le"),
    ]);
    expect(parseGoogleContacts(utf16)).toEqual(contacts);
  });
});

describe("parseGoogleContacts: files it cannot read", () => {
  const HEAD =
    "First Name,Middle Name,Last Name,Organization Name,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value";

  it("names a contact saved without a name by its organisation, and refuses one with nothing at all", () => {
    const [, company] = parseGoogleContacts(
      `${HEAD}\nAda,,Lovelace,,,,,\n,,,Acme,,,* Work,info@acme.example\n`,
    );
    expect(company).toMatchObject({
      firstName: "Acme",
      lastName: "",
      emails: ["info@acme.example"],
      line: 3,
    });
    // Nothing to call it by: the import lists it as skipped (import-records.test.ts); the file is read.
    expect(parseGoogleContacts(`${HEAD}\nAda,,Lovelace,,,,,\n,,,,,,* Work,\n`)[1]).toMatchObject({
      line: 3,
      firstName: "",
      lastName: "",
    });
  });

  it("does not take a LinkedIn export or another CSV for a Google one", () => {
    const linkedin = readFileSync(new URL("../../test/fixtures/linkedin/Connections.csv", import.meta.url));
    expect(failure(linkedin).message).toMatch(
      /^No Google Contacts header found: expected First Name, Middle Name, Last Name/,
    );
  });

  it("names the line of an unclosed quote, and rejects empty files and binary junk", () => {
    expect(
      failure(`${HEAD}\nAda,,Lovelace,,"Notes that never end,,,\nZoë,,Ñúñez,"Acme, Inc.",,,,\n`).line,
    ).toBe(2);
    expect(failure("").message).toBe("The file is empty.");
    expect(failure(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00])).message).toMatch(
      /^line 1: This is not a CSV text file\./,
    );
  });
});
