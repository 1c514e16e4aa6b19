import { describe, expect, it } from "vitest";
import { contactFixture } from "../../core/contact.fixture.js";
import {
  type ContactFormValues,
  contactToForm,
  emptyContactForm,
  formFieldOf,
  toCreateInput,
  toUpdateInput,
  validateContactForm,
} from "./contact-form.js";

const form = (patch: Partial<ContactFormValues>): ContactFormValues => ({ ...emptyContactForm(), ...patch });

const contact = contactFixture({
  id: "5f0c6b1e-8a4e-4d7b-9a53-0f1f2a3b4c5d",
  firstName: "Ada",
  lastName: "Lovelace",
  fullName: "Ada Lovelace",
  emails: ["ada@example.org"],
  phones: [],
  linkedinUrl: null,
  organizationId: null,
  organization: "Analytical Engines",
  title: null,
  location: null,
  timeZone: "Europe/London",
  source: "alumni",
  sourceDetail: null,
  introducedById: null,
  mayMentionIntroducer: null,
  relationshipStrength: "warm",
  tags: ["math"],
  needs: "",
  notes: "",
  lastTouchAt: null,
  nextTouchAt: null,
  stayInTouchDays: 90,
  archived: false,
  archivedAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
});

describe("contact form", () => {
  it("creates with only what was filled in, blank list entries dropped", () => {
    expect(
      toCreateInput(form({ firstName: " Ada ", emails: ["", "ada@example.org", " "], tags: ["math"] })),
    ).toEqual({
      firstName: "Ada",
      emails: ["ada@example.org"],
      relationshipStrength: "new",
      tags: ["math"],
    });
  });

  it("updates only the fields that changed, clearing with null", () => {
    const initial = contactToForm(contact);
    const edited = { ...initial, organization: "", title: "Analyst", stayInTouchDays: "" };
    expect(toUpdateInput(edited, initial)).toEqual({
      organization: null,
      title: "Analyst",
      stayInTouchDays: null,
    });
    expect(toUpdateInput(initial, initial)).toEqual({});
  });

  it("maps the API's list index back to the input it came from", () => {
    const values = form({ emails: ["", "a@example.org", "", "bad"] });
    expect(formFieldOf("emails.1", values)).toBe("emails.3");
    expect(formFieldOf("emails.0", values)).toBe("emails.1");
    expect(formFieldOf("firstName", values)).toBe("firstName");
  });

  it("reports the API's rules per field, keyed by input", () => {
    const errors = validateContactForm(
      form({ emails: ["ok@example.org", "", "not-an-address"], timeZone: "Mars/Base", phones: ["abc"] }),
    );
    expect(errors.firstName).toBe("First name is required.");
    expect(errors["emails.2"]).toBe("Not a valid e-mail address.");
    expect(errors.timeZone).toMatch(/time zone/);
    expect(errors["phones.0"]).toBeDefined();
    expect(validateContactForm(form({ firstName: "Ada", timeZone: "Europe/Paris" }))).toEqual({});
  });
});
