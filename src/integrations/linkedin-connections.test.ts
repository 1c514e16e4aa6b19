import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportFormatError } from "./imported.js";
import { parseLinkedInConnections } from "./linkedin-connections.js";
import { fixtureLineOfRow, makeLinkedInConnectionsCsv } from "./linkedin-fixture.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/linkedin/${name}`, import.meta.url));

function failure(input: string | Buffer): ImportFormatError {
  try {
    parseLinkedInConnections(input);
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error("expected an ImportFormatError");
}

describe("parseLinkedInConnections: the English export", () => {
  const contacts = parseLinkedInConnections(fixture("Connections.csv"));

  it("skips the BOM and the Notes preamble and reads every connection", () => {
    expect(fixture("Connections.csv").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(contacts.map((c) => `${c.firstName} ${c.lastName}`)).toEqual([
      "Zoë Ñúñez",
      "Jürgen Müller",
      "李 王",
      "Ada O'Brien",
      "Kwame Mensah",
      "Priya Singh",
      "María José García-López",
      "Søren Østergaard",
      "Aoife Ní Bhriain",
    ]);
  });

  it("gives each record its physical line, counting the preamble, CRLFs and a value spanning two lines", () => {
    expect(contacts.map((c) => c.line)).toEqual([5, 6, 7, 8, 9, 11, 12, 13, 14]);
  });

  it("maps the columns: profile address normalised, company and position, date as ISO", () => {
    expect(contacts[0]).toEqual({
      line: 5,
      firstName: "Zoë",
      lastName: "Ñúñez",
      emails: [],
      phones: [],
      linkedinUrl: "https://www.linkedin.com/in/zoe-nunez-4a1b2c",
      organization: "Acme, Inc.",
      title: "Senior Data Scientist",
      location: null,
      notes: "",
      connectedOn: "2024-03-12",
      source: "linkedin",
      dropped: [],
    });
    expect(contacts[1]).toMatchObject({
      linkedinUrl: "https://www.linkedin.com/in/juergenmueller",
      emails: ["juergen.mueller@example.de"],
      title: "Head of Product, EMEA",
      connectedOn: "2023-02-01",
    });
    expect(contacts[3]).toMatchObject({ organization: 'Fabrikam "Labs" GmbH', connectedOn: "2022-01-05" });
    expect(contacts[4]?.title).toBe("Chief of Staff (Interim)");
    expect(contacts[5]).toMatchObject({
      linkedinUrl: "https://www.linkedin.com/in/priya-singh-ux",
      organization: null,
      title: null,
    });
    expect(contacts[6]).toMatchObject({
      organization: "Universidad de Sevilla, Departamento de Física",
      title: 'Profesora "Titular"',
    });
    expect(contacts[7]?.linkedinUrl).toBeNull();
  });

  it("leaves most emails empty, as LinkedIn does", () => {
    expect(contacts.filter((c) => c.emails.length === 0)).toHaveLength(7);
  });

  it("reads a string the same as the file's bytes, and LF line ends the same as CRLF", () => {
    const text = fixture("Connections.csv").toString("utf8");
    expect(parseLinkedInConnections(text)).toEqual(contacts);
    expect(parseLinkedInConnections(text.replace(/\r\n/g, "\n"))).toEqual(
      contacts.map((c) => ({ ...c, title: c.title?.replace(/\r\n/g, "\n") ?? null })),
    );
  });
});

describe("parseLinkedInConnections: other languages", () => {
  it("reads the German export with its dates", () => {
    const contacts = parseLinkedInConnections(fixture("Connections-de.csv"));
    expect(contacts.map((c) => [c.line, c.firstName, c.lastName, c.organization, c.connectedOn])).toEqual([
      [5, "Jürgen", "Schäfer", "Acme, Inc.", "2024-03-12"],
      [6, "Zoë", "Lindqvist", "Globex Corporation", "2024-03-12"],
      [7, "Łukasz", "Kowalski", "Initech", "2022-10-03"],
      [8, "Ngozi", "Okafor", null, "2021-12-01"],
      [9, "Björn", "Ñúñez", "Umbrella Research, LLC", "2020-05-07"],
    ]);
    expect(contacts[1]).toMatchObject({
      emails: ["zoe@example.se"],
      title: 'Leiterin "Forschung"',
      source: "linkedin",
    });
  });

  it("reads the French export", () => {
    const contacts = parseLinkedInConnections(fixture("Connections-fr.csv"));
    expect(contacts.map((c) => [c.line, c.firstName, c.lastName, c.title, c.connectedOn])).toEqual([
      [5, "Chloé", "Dubois", "Maîtresse de conférences", "2024-03-12"],
      [6, "Mehmet", "Haddad", "Directeur, R&D", "2023-02-03"],
    ]);
  });

  it("keeps a row whose date it cannot read, and says the date was dropped", () => {
    const csv =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAda,Lovelace,,,,,someday\r\n";
    expect(parseLinkedInConnections(csv)[0]).toMatchObject({
      connectedOn: null,
      dropped: ['a connection date we could not read ("someday")'],
    });
  });

  it("accepts the columns in another order", () => {
    const csv =
      "Company,Connected On,Last Name,First Name,URL,Email Address,Position\nAcme,12 Mar 2024,Ñúñez,Zoë,,,CTO\n";
    expect(parseLinkedInConnections(csv)[0]).toMatchObject({
      firstName: "Zoë",
      lastName: "Ñúñez",
      organization: "Acme",
      title: "CTO",
    });
  });

  it("returns no records for an export with no connections", () => {
    expect(
      parseLinkedInConnections(
        `\uFEFFNotes:\r\n"x"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n`,
      ),
    ).toEqual([]);
  });
});

describe("parseLinkedInConnections: files it cannot read", () => {
  it("names the line where an unclosed quoted value starts", () => {
    const error = failure(fixture("Connections-unclosed-quote.csv"));
    expect(error.line).toBe(7);
    expect(error.message).toMatch(
      /^line 7 \(row 3 after the header\): A quoted value starts on this line but its closing quote \(".*is missing/,
    );
  });

  it("names the line of a row with an unquoted comma (too many values)", () => {
    const error = failure(fixture("Connections-extra-field.csv"));
    expect(error.line).toBe(6);
    expect(error.message).toContain("This row has 8 values but the header has 7 columns");
  });

  it("calls a connection without a name by their profile's handle", () => {
    const contacts = parseLinkedInConnections(fixture("Connections-no-name.csv"));
    expect(contacts.find((c) => c.line === 7)).toMatchObject({ firstName: "someone", lastName: "" });
  });

  it("names the expected columns when the header is not there", () => {
    const error = failure(fixture("Connections-wrong-header.csv"));
    expect(error.message).toMatch(
      /^No LinkedIn connections header found: expected First Name, Last Name, URL, Email Address, Company, Position, Connected On/,
    );
    expect(failure('\uFEFFNotes:\r\n"Nothing else"\r\n').message).toMatch(
      /^No LinkedIn connections header found/,
    );
  });

  it("says an empty file is empty", () => {
    expect(failure("").message).toBe("The file is empty.");
    expect(failure(Buffer.from("\uFEFF\r\n")).message).toBe("The file is empty.");
  });

  it("says binary junk and non-UTF-8 text are not CSV text files", () => {
    const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect(failure(junk).message).toMatch(/This is not a CSV text file\./);
    // Re-saved by Excel on Windows: read as Windows-1252.
    const resaved = parseLinkedInConnections(fixture("Connections-latin1.csv"));
    expect(resaved.map((c) => c.lastName)).toContain("Müller");
  });

  it("names line 204, the physical line of row 200, in a generated file broken at row 200", () => {
    for (const language of ["en", "de"] as const) {
      const error = failure(makeLinkedInConnectionsCsv(2000, { language, brokenAtRow: 200 }));
      expect(fixtureLineOfRow(200)).toBe(204);
      expect(error.line).toBe(204);
      expect(error.message).toMatch(
        /^line 204 \(row 200 after the header\): A quoted value starts on this line/,
      );
    }
    expect(failure(makeLinkedInConnectionsCsv(200, { language: "en", brokenAtRow: 200 })).line).toBe(204);
  });
});

describe("parseLinkedInConnections: size", () => {
  it("reads a 2,000-row export into 2,000 records with their lines", () => {
    for (const language of ["en", "de"] as const) {
      const contacts = parseLinkedInConnections(Buffer.from(makeLinkedInConnectionsCsv(2000, { language })));
      expect(contacts).toHaveLength(2000);
      expect(contacts[0]?.line).toBe(5);
      expect(contacts[1999]?.line).toBe(2004);
      expect(contacts.every((c) => c.connectedOn !== null && c.linkedinUrl !== null)).toBe(true);
    }
  });

  it("reads a 30,000-row export (LinkedIn's connection limit) in a few seconds", () => {
    const started = performance.now();
    const contacts = parseLinkedInConnections(makeLinkedInConnectionsCsv(30_000, { language: "en" }));
    expect(contacts).toHaveLength(30_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("turns down a 50 MB file at once with a clear message", () => {
    const sample = makeLinkedInConnectionsCsv(2000, { language: "en" });
    const header = sample.indexOf("First Name");
    const body = sample.slice(sample.indexOf("\r\n", header) + 2);
    const big = sample + body.repeat(Math.ceil(50_000_000 / Buffer.byteLength(body)));
    expect(Buffer.byteLength(big)).toBeGreaterThan(50_000_000);
    const started = performance.now();
    const error = failure(big);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.message).toMatch(/^The file is 5\d\.\d MB, more than the 32 MB coffeechat reads at once/);
  });
});
