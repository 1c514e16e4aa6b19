import { describe, expect, it } from "vitest";
import { type ExistingPerson, type IncomingPerson, planImport } from "./import-plan.js";

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
      [existing({ linkedinUrl: "https://www.linkedin.com/in/sam-lee-1" })],
      [incoming(5, { linkedinUrl: "https://www.linkedin.com/in/sam-lee-2" })],
    );
    expect(plan.items[0]).toMatchObject({ action: "new", contactId: null });
  });

  it("matches by profile first, then e-mail, then name and organisation", () => {
    const people = [
      existing({ id: "by-url", firstName: "A", linkedinUrl: "https://www.linkedin.com/in/a" }),
      existing({ id: "by-mail", firstName: "B", emails: ["b@x.org"] }),
      existing({ id: "by-name", firstName: "C" }),
    ];
    const plan = planImport(people, [
      incoming(1, { firstName: "Renamed", linkedinUrl: "https://www.linkedin.com/in/a" }),
      incoming(2, { firstName: "Other", emails: ["B@X.org"] }),
      incoming(3, { firstName: "c", organization: "ACME" }),
    ]);
    expect(plan.items.map((i) => i.contactId)).toEqual(["by-url", "by-mail", "by-name"]);
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
    expect(plan.counts).toEqual({ new: 0, update: 1, unchanged: 0, duplicate: 0 });
  });
});
