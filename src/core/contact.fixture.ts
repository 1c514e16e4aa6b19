// A whole contact for tests, from what a new contact holds (NEW_CONTACT) and what the test says:
// a test names only the fields it is about, so a new field needs no change to any test.
import { fullName } from "./contact.js";
import { type Contact, NEW_CONTACT } from "./contact.schema.js";

export function contactFixture(fields: Partial<Contact> = {}): Contact {
  const values = { ...NEW_CONTACT, firstName: "Ada", ...fields };
  return {
    id: "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
    fullName: fullName(values.firstName, values.lastName),
    tags: [],
    archived: values.archivedAt !== null,
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    ...values,
  };
}
