import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailKey, phoneKey } from "./import-merge.js";
import { type ExistingPerson, type IncomingPerson, parseLineRefs, planImport } from "./import-plan.js";

const incoming = (line: number, fields: Partial<IncomingPerson> = {}): IncomingPerson => ({
  line,
  firstName: "Sam",
  lastName: "Lee",
  emails: [],
  phones: [],
  linkedinUrl: null,
  organization: "Acme",
  title: null,
  location: null,
  notes: "",
  ...fields,
});
const existing = (fields: Partial<ExistingPerson> = {}): ExistingPerson => ({
  ...incoming(0),
  id: "c1",
  ...fields,
});

describe("planning an import", () => {
  it("never takes two different LinkedIn profiles for one person, however alike the names", () => {
    const plan = planImport(
      [existing({ linkedinUrl: "https://www.linkedin.com/in/sam-lee-1", emails: ["sam@x.org"] })],
      [incoming(5, { linkedinUrl: "https://www.linkedin.com/in/sam-lee-2", emails: ["sam@x.org"] })],
    );
    expect(plan.items[0]).toMatchObject({ action: "new", contactId: null });
  });

  it("matches on strong evidence only: profile, e-mail, phone", () => {
    const people = [
      existing({ id: "by-url", firstName: "A", linkedinUrl: "https://www.linkedin.com/in/a" }),
      existing({ id: "by-mail", firstName: "B", emails: ["b@x.org"] }),
      existing({ id: "by-phone", firstName: "C", phones: ["+49 30 1234567"] }),
    ];
    const plan = planImport(people, [
      incoming(1, { firstName: "Renamed", linkedinUrl: "https://www.linkedin.com/in/a" }),
      incoming(2, { firstName: "Other", emails: ["B@X.org"] }),
      incoming(3, { firstName: "Third", phones: ["+4930 123 4567"] }),
    ]);
    expect(plan.items.map((i) => i.contactId)).toEqual(["by-url", "by-mail", "by-phone"]);
  });

  it("fills what is empty, keeps what the user wrote, and says so", () => {
    const plan = planImport(
      [existing({ title: "My words", emails: ["s@x.org"] })],
      [incoming(9, { title: "Their words", location: "Oslo", emails: ["s@x.org", "s@work.org"] })],
    );
    expect(plan.items[0]).toMatchObject({
      action: "update",
      changes: ["e-mail s@work.org", "location"],
      kept: ['title: kept "My words" (the file says "Their words")'],
      patch: { location: "Oslo", emails: ["s@x.org", "s@work.org"] },
    });
    expect(plan.counts).toMatchObject({ new: 0, update: 1, unchanged: 0, duplicate: 0 });
  });

  it("unites two lines of one person: the second one's e-mails, phones and notes are added to the first", () => {
    const plan = planImport(
      [],
      [
        incoming(2, { emails: ["sam@home.example"], phones: ["+1 555 010 0001"], notes: "Met at a fair." }),
        incoming(3, {
          emails: ["SAM@home.example", "sam@work.example"],
          phones: ["+1 555 010 0002"],
          notes: "Likes chess.",
        }),
      ],
    );
    expect(plan.items.map((i) => i.action)).toEqual(["new", "merged"]);
    expect(plan.items[0]?.patch).toEqual({
      emails: ["sam@home.example", "sam@work.example"],
      phones: ["+1 555 010 0001", "+1 555 010 0002"],
      notes: "Met at a fair.\n\nLikes chess.",
    });
    expect(plan.items[1]).toMatchObject({
      kept: ["the same person as line 2 (the same e-mail SAM@home.example)"],
      changes: ["e-mail sam@work.example", "phone +1 555 010 0002", "notes"],
    });
  });

  it("unites every line of one contact already here into one patch", () => {
    const plan = planImport(
      [existing({ emails: ["sam@x.org"] })],
      [
        incoming(2, { emails: ["sam@x.org"], title: "Chemist" }),
        incoming(3, { emails: ["sam@x.org"], phones: ["+44 20 7946 0000"] }),
      ],
    );
    expect(plan.items.map((i) => i.action)).toEqual(["update", "update"]);
    expect(plan.items[1]?.patch).toMatchObject({ title: "Chemist", phones: ["+44 20 7946 0000"] });
  });

  it("takes the same name with nothing else in common for a possible duplicate, never a merge", () => {
    const plan = planImport(
      [existing({ organization: "Acme", emails: ["sam@acme.example"] })],
      [
        incoming(2, { organization: "Beta", emails: ["sam@beta.example"] }),
        incoming(3, { organization: "Gamma", lastName: "Lee Jr." }),
        incoming(4, { organization: "Gamma", lastName: "Lee Jr." }),
      ],
    );
    expect(plan.items.map((i) => i.action)).toEqual(["duplicate", "new", "unchanged"]);
    expect(plan.items[0]?.contactId).toBe("c1");
    expect(plan.items[2]?.kept).toEqual(["the same person as line 3"]);
  });

  it("never merges records by an empty name, nor by a short number", () => {
    const plan = planImport(
      [],
      [
        incoming(2, { firstName: "", lastName: "", organization: null, phones: ["112"] }),
        incoming(3, {
          firstName: "",
          lastName: "",
          organization: null,
          phones: ["112"],
          emails: ["x@y.org"],
        }),
      ],
    );
    expect(plan.items.map((i) => i.action)).toEqual(["new", "new"]);
  });

  it("lists a record that cannot become a person as skipped, with its reason", () => {
    const plan = planImport(
      [],
      [incoming(7, { firstName: "", lastName: "", skipReason: "LinkedIn hides it" })],
    );
    expect(plan.items[0]).toMatchObject({ line: 7, action: "skipped", reason: "LinkedIn hides it" });
    expect(plan.counts.skipped).toBe(1);
  });
});

/** Applies a plan the way the import service does, in memory. */
function apply(people: ExistingPerson[], records: IncomingPerson[], options: { sameAsAll?: boolean } = {}) {
  const first = planImport(people, records);
  const sameAs = options.sameAsAll ? first.items.filter((i) => i.action === "duplicate") : [];
  const plan = planImport(people, records, { sameAs });
  const result = people.map((p) => ({ ...p }));
  plan.items.forEach((item, at) => {
    if (item.action === "new" || item.action === "duplicate")
      result.push({ ...(records[at] as IncomingPerson), ...item.patch, id: `new:${at}` });
    if (item.action === "update") {
      const person = result.find((p) => p.id === item.contactId);
      if (person) Object.assign(person, item.patch);
    }
  });
  return result;
}

describe("planning an import: the user decides on a possible duplicate", () => {
  it("names whom a possible duplicate may be, so the user can choose", () => {
    const plan = planImport(
      [existing({ emails: ["sam@acme.example"] })],
      [incoming(2, { organization: "Beta" }), incoming(3, { firstName: "Kim", file: "Contacts.csv" })],
    );
    expect(plan.items[0]).toMatchObject({
      action: "duplicate",
      duplicateOf: { name: "Sam Lee", contactId: "c1", line: null, chosen: false },
    });
    expect(plan.items[1]?.duplicateOf).toBeUndefined();
  });

  it("unites a line the user says is the same person with the contact here, losing nothing", () => {
    const plan = planImport(
      [existing({ organization: "Acme", title: "Chemist", emails: ["sam@acme.example"] })],
      [
        incoming(2, {
          organization: "Beta",
          title: "Lead",
          emails: ["sam@beta.example"],
          phones: ["+1 555 010 0009"],
        }),
      ],
      { sameAs: [{ line: 2 }] },
    );
    expect(plan.items[0]).toMatchObject({
      action: "update",
      contactId: "c1",
      changes: ["e-mail sam@beta.example", "phone +1 555 010 0009"],
      kept: [
        "you said this is the same person as Sam Lee, already here",
        'organisation: kept "Acme" (the file says "Beta")',
        'title: kept "Chemist" (the file says "Lead")',
      ],
      patch: { emails: ["sam@acme.example", "sam@beta.example"], phones: ["+1 555 010 0009"] },
      duplicateOf: { contactId: "c1", chosen: true },
    });
    expect(plan.counts).toMatchObject({ duplicate: 0, update: 1, new: 0 });
  });

  it("unites a line with the earlier line of the file the user named, by file and line", () => {
    const records = [
      incoming(2, { file: "Connections.csv", emails: ["sam@home.example"], notes: "Met at a fair." }),
      incoming(2, { file: "Contacts.csv", firstName: "Kim" }),
      incoming(5, { file: "Contacts.csv", emails: ["sam@work.example"], notes: "Likes chess." }),
    ];
    const before = planImport([], records);
    expect(before.items.map((i) => i.action)).toEqual(["new", "new", "duplicate"]);
    const plan = planImport([], records, { sameAs: parseLineRefs("Contacts.csv:5") });
    expect(plan.items.map((i) => i.action)).toEqual(["new", "new", "merged"]);
    expect(plan.items[2]).toMatchObject({
      kept: ["you said this is the same person as Connections.csv line 2"],
      changes: ["e-mail sam@work.example", "notes"],
      duplicateOf: { line: 2, file: "Connections.csv", chosen: true },
    });
    expect(plan.items[0]?.patch).toEqual({
      emails: ["sam@home.example", "sam@work.example"],
      notes: "Met at a fair.\n\nLikes chess.",
    });
  });

  it("refuses a line that is not a possible duplicate, naming it, and an ambiguous number", () => {
    const records = [
      incoming(2, { file: "a.csv" }),
      incoming(3, { file: "a.csv", organization: "Beta" }),
      incoming(3, { file: "b.csv", organization: "Gamma" }),
    ];
    expect(() => planImport([], records, { sameAs: [{ line: 2 }] })).toThrow(
      /^2 \(Sam Lee\) is not a possible duplicate/,
    );
    expect(() => planImport([], records, { sameAs: [{ line: 9 }] })).toThrow(
      /9 is not a line of this import/,
    );
    expect(() => planImport([], records, { sameAs: [{ line: 3 }] })).toThrow(/several files: name the file/);
    expect(planImport([], records, { sameAs: [{ line: 3, file: "b.csv" }] }).counts).toMatchObject({
      duplicate: 1,
      merged: 1,
    });
  });

  it("reads lines as numbers or file:number, and names the field when it cannot", () => {
    expect(parseLineRefs("12, Contacts.csv:40,")).toEqual([{ line: 12 }, { line: 40, file: "Contacts.csv" }]);
    expect(parseLineRefs("C:\\export\\a.csv:3")).toEqual([{ line: 3, file: "C:\\export\\a.csv" }]);
    expect(() => parseLineRefs("twelve")).toThrow(expect.objectContaining({ field: "sameAs" }));
    expect(() => parseLineRefs("0")).toThrow(/"0" is not a line/);
  });
});

describe("planning an import: nothing is lost", () => {
  const word = fc.constantFrom("ada", "sam", "lee", "kim", "noor", "li");
  const email = fc.tuple(word, fc.constantFrom("x.org", "y.example")).map(([w, d]) => `${w}@${d}`);
  const phone = fc.integer({ min: 1000000, max: 1000009 }).map((n) => `+49 ${n}`);
  const profile = fc.option(
    word.map((w) => `https://www.linkedin.com/in/${w}`),
    { nil: null },
  );
  const record = fc.record({
    firstName: word,
    lastName: fc.constantFrom("", "lee", "kim"),
    emails: fc.array(email, { maxLength: 3 }),
    phones: fc.array(phone, { maxLength: 3 }),
    linkedinUrl: profile,
    organization: fc.constantFrom(null, "Acme", "Beta"),
  });

  it("puts every e-mail and phone of the file on some person, already here or new, whatever the user says of possible duplicates", () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 30 }),
        fc.array(record, { maxLength: 5 }),
        fc.boolean(),
        (rows, here, sameAsAll) => {
          const people = here.map((r, i) => ({ ...incoming(0, r), id: `c${i}` }));
          const records = rows.map((r, i) => incoming(i + 2, r));
          const after = apply(people, records, { sameAsAll });
          const emails = new Set(after.flatMap((p) => p.emails.map(emailKey)));
          const phones = new Set(after.flatMap((p) => p.phones.map(phoneKey)));
          for (const r of records) {
            for (const e of r.emails) expect(emails.has(emailKey(e))).toBe(true);
            for (const p of r.phones) expect(phones.has(phoneKey(p))).toBe(true);
          }
        },
      ),

      { numRuns: 300 },
    );
  });
});
