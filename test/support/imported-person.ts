// A person as a LinkedIn import brings them, for tests of importing: line `line` of the file.
import type { ImportedContact } from "../../src/integrations/imported.js";

export function importedPerson(line: number, fields: Partial<ImportedContact> = {}): ImportedContact {
  return {
    line,
    firstName: `First${line}`,
    lastName: `Last${line}`,
    emails: [],
    phones: [],
    linkedinUrl: `https://www.linkedin.com/in/person-${line}`,
    organization: `Org ${line % 7}`,
    title: "Engineer",
    location: null,
    notes: "",
    connectedOn: "2024-03-12",
    source: "linkedin",
    dropped: [],
    ...fields,
  };
}
