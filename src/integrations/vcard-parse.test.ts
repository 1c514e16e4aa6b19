import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportFormatError } from "./imported.js";
import { parseVCards } from "./vcard-parse.js";

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/vcard/${name}`, import.meta.url));

function formatError(read: () => unknown): ImportFormatError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error("expected an ImportFormatError");
}

describe("parseVCards: Apple Contacts 3.0 export", () => {
  const [ada, grace, katherine] = parseVCards(fixture("apple-contacts-3.0.vcf"));

  it("reads names, organisation (first component), title, preferred email and phone first", () => {
    expect(ada).toMatchObject({
      line: 1,
      firstName: "Ada",
      lastName: "Lovelace",
      emails: ["Ada.Lovelace@example.org", "ada@engines.example"],
      phones: ["+44 7700 900123", "+44 20 7946 0018"],
      organization: "Analytical Engines, Ltd.",
      title: "Principal Engineer",
      location: "London",
      connectedOn: null,
      source: null,
    });
  });

  it("unfolds and unescapes the note", () => {
    expect(ada?.notes).toBe(
      "Met at the Royal Society lecture.\nAsked about compilers, said yes to a coffee in March; bring the notes." +
        "\n\nDepartment: Research\n\nWeb: https://ada.example.org",
    );
  });

  it("keeps the LinkedIn URL of an itemN group, canonical, and names what it dropped", () => {
    expect(ada?.linkedinUrl).toBe("https://www.linkedin.com/in/ada-lovelace");
    expect(ada?.dropped).toEqual(["a photo", "a related name (Spouse: William King)"]);
  });

  it("reads X-SOCIALPROFILE;type=linkedin with an x-apple: value through its x-user", () => {
    expect(grace).toMatchObject({
      line: 35,
      firstName: "Rear Admiral Grace Brewster Murray",
      lastName: "Hopper",
      linkedinUrl: "https://www.linkedin.com/in/grace-hopper",
      organization: "US Navy",
      dropped: [],
    });
  });

  it("splits FN when N is empty, and takes a bare handle labelled LinkedIn (X-ABLabel) as a profile", () => {
    expect(katherine).toMatchObject({
      line: 49,
      firstName: "Katherine",
      lastName: "Johnson",
      linkedinUrl: "https://www.linkedin.com/in/katherine-johnson",
      location: "West Virginia",
      dropped: [],
    });
  });
});

describe("parseVCards: Android 2.1 export (quoted-printable, CHARSET=UTF-8)", () => {
  const [juergen, jose] = parseVCards(fixture("android-2.1.vcf"));

  it("decodes quoted-printable UTF-8 names, organisation, title and address", () => {
    expect(juergen).toMatchObject({
      line: 1,
      firstName: "Jürgen",
      lastName: "Müller",
      organization: "Stadtwerke München",
      title: "Leiter Netzplanung",
      location: "München",
      emails: ["j.mueller@stadtwerke.example", "juergen.mueller@example.de"],
      phones: ["+49 171 2345678", "+49 89 9876543"],
      dropped: ["a photo"],
    });
  });

  it("joins soft line breaks and keeps =0D=0A as a line break", () => {
    expect(juergen?.notes).toBe(
      "Kennengelernt auf der Messe in München.\nFragen: Wie kommt man in die Energiewirtschaft?",
    );
  });

  it("finds the next card after a base64 photo and reads a country LinkedIn host", () => {
    expect(jose).toMatchObject({
      line: 29,
      firstName: "José",
      lastName: "Ñúñez",
      emails: ["jose.nunez@example.es"],
      phones: ["+34 600 123 456"],
      linkedinUrl: "https://www.linkedin.com/in/jose-nunez-1234",
    });
  });

  it("reads the same from a string as from a Buffer", () => {
    expect(parseVCards(fixture("android-2.1.vcf").toString("utf8"))).toEqual([juergen, jose]);
  });
});

describe("parseVCards: ISO-8859-1 (Outlook 2.1)", () => {
  const [juergen, jose] = parseVCards(fixture("outlook-2.1-iso-8859-1.vcf"));

  it("decodes raw 8-bit ISO-8859-1 values", () => {
    expect(juergen).toMatchObject({
      firstName: "Jürgen",
      lastName: "Müller",
      organization: "Bäckerei Müller GmbH",
      emails: ["juergen@baeckerei.example"],
    });
  });

  it("decodes quoted-printable ISO-8859-1 values, soft breaks included", () => {
    expect(jose).toMatchObject({
      line: 8,
      firstName: "José",
      lastName: "Ñúñez",
      title: "Director de Innovación",
      location: "A Coruña",
      notes: "Café en la plaza.\nPregunta sobre el máster.",
    });
  });
});

describe("parseVCards: vCard 4.0", () => {
  const [wei, emilie] = parseVCards(fixture("contacts-4.0.vcf"));

  it("reads PREF=1 first, tel: URIs, quoted parameters and SOCIALPROFILE", () => {
    expect(wei).toMatchObject({
      firstName: "Wěi",
      lastName: "Zhāng",
      emails: ["zhang.wei@example.cn", "wei@example.net"],
      phones: ["+86-10-1234-5678"],
      organization: "Institute of Physics, CAS",
      title: "Postdoctoral Researcher",
      location: "Beijing",
      linkedinUrl: "https://www.linkedin.com/in/zhang-wei-physics",
    });
  });

  it("unfolds a line folded inside a multi-byte character", () => {
    expect(wei?.notes).toBe(
      "研究室のPIに紹介してもらった。量子センサーの話を聞く予定。Postdoc → industry?\n\nDepartment: Quantum Lab",
    );
  });

  it("splits FN with a particle into first and last name, and reads a /pub/ profile", () => {
    expect(emilie).toMatchObject({
      line: 17,
      firstName: "Émilie",
      lastName: "du Châtelet",
      linkedinUrl: "https://www.linkedin.com/pub/emilie-du-chatelet",
    });
  });
});

describe("parseVCards: other shapes", () => {
  it("reads LF line ends, 2.1 folding that keeps the space, and a UTF-16 file with its byte order mark", () => {
    const text = "BEGIN:VCARD\nVERSION:2.1\nN:Curie;Marie\nNOTE:Two Nobel\n  prizes\nEND:VCARD\n";
    expect(parseVCards(text)[0]).toMatchObject({
      firstName: "Marie",
      lastName: "Curie",
      notes: "Two Nobel  prizes",
    });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.replace("Curie", "Skłodowska"), "utf16le"),
    ]);
    expect(parseVCards(utf16)[0]).toMatchObject({ lastName: "Skłodowska" });
  });

  it("reads unlabelled UTF-8 and, failing that, Windows-1252 bytes", () => {
    const card = (name: Buffer) =>
      Buffer.concat([
        Buffer.from("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:"),
        name,
        Buffer.from("\r\nEND:VCARD\r\n"),
      ]);
    expect(parseVCards(card(Buffer.from("Zoë Ørsted", "utf8")))[0]?.lastName).toBe("Ørsted");
    expect(parseVCards(card(Buffer.from("Zoë Ørsted", "latin1")))[0]?.lastName).toBe("Ørsted");
  });

  it("falls back to 'Last, First' in FN and keeps one-word names as first names", () => {
    const text =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hopper, Grace\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Cher\r\nEND:VCARD\r\n";
    expect(parseVCards(text).map(({ firstName, lastName }) => [firstName, lastName])).toEqual([
      ["Grace", "Hopper"],
      ["Cher", ""],
    ]);
  });
});

describe("parseVCards: files it refuses", () => {
  it("an empty file", () => {
    expect(formatError(() => parseVCards(fixture("broken-empty.vcf"))).message).toBe("The file is empty.");
    expect(formatError(() => parseVCards("")).line).toBeNull();
  });

  it("a file without BEGIN:VCARD (a CSV)", () => {
    const error = formatError(() => parseVCards(fixture("broken-not-a-vcard.vcf")));
    expect(error).toMatchObject({
      line: 1,
      message: "line 1: This is not a vCard file: it has no BEGIN:VCARD.",
    });
  });

  it("a card without END:VCARD, naming its BEGIN line", () => {
    const error = formatError(() => parseVCards(fixture("broken-missing-end.vcf")));
    expect(error).toMatchObject({ line: 7, message: "line 7: The card that begins here has no END:VCARD." });
  });

  it("a card cut short by the next BEGIN:VCARD, and an END:VCARD alone", () => {
    expect(formatError(() => parseVCards("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n")).line).toBe(1);
    expect(formatError(() => parseVCards("FN:A\nEND:VCARD\n")).line).toBe(2);
  });

  it("binary junk, naming the line where it starts", () => {
    const error = formatError(() => parseVCards(fixture("broken-binary.vcf")));
    expect(error.message).toMatch(/binary file/);
    expect(error.line).toBe(6);
    expect(formatError(() => parseVCards(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).line).toBe(1);
  });
});
