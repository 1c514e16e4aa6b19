// The contact form's values, their conversion to API input, and inline validation with the API's rules.

import { ContactCreateInput, type ContactUpdateInput } from "../../core/contact.schema.js";
import {
  CONTACT_SOURCES,
  isTimeZone,
  normalizeProfileUrl,
  RELATIONSHIP_STRENGTHS,
  type RelationshipStrength,
} from "../../core/contact-fields.js";
import type { Contact } from "../api/types.js";

/**
 * The contact's plain text fields: those the API takes as text or null (title, location, ...).
 * Derived from the contact's schema, so a new text field there is in the form's values without
 * a change here; the form component only has to show its input.
 */
type TextField = {
  [K in keyof ContactCreateInput]-?: null extends ContactCreateInput[K]
    ? string extends NonNullable<ContactCreateInput[K]>
      ? K
      : never
    : never;
}[keyof ContactCreateInput];

export const TEXT_FIELDS = Object.keys(ContactCreateInput.shape).filter((key) => {
  const schema = ContactCreateInput.shape[key as keyof typeof ContactCreateInput.shape];
  return schema.safeParse(null).success && schema.safeParse("text").success;
}) as TextField[];

export type ContactFormValues = Record<TextField, string> & {
  firstName: string;
  lastName: string;
  /** One input per entry; blank entries are ignored on save. */
  emails: string[];
  phones: string[];
  relationshipStrength: RelationshipStrength;
  tags: string[];
  needs: string;
  notes: string;
  /** Days as text ("" for none), as a select holds it. */
  stayInTouchDays: string;
};

const textFields = (of: (field: TextField) => string) =>
  Object.fromEntries(TEXT_FIELDS.map((field) => [field, of(field)])) as Record<TextField, string>;

/** Field name -> message; array entries are keyed "emails.0", "phones.2". */
export type FieldErrors = Record<string, string>;

export function emptyContactForm(): ContactFormValues {
  return {
    firstName: "",
    lastName: "",
    emails: [""],
    phones: [""],
    ...textFields(() => ""),
    relationshipStrength: "new",
    tags: [],
    needs: "",
    notes: "",
    stayInTouchDays: "",
  };
}

export function contactToForm(contact: Contact): ContactFormValues {
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    emails: contact.emails.length > 0 ? [...contact.emails] : [""],
    phones: contact.phones.length > 0 ? [...contact.phones] : [""],
    ...textFields((field) => contact[field] ?? ""),
    relationshipStrength: contact.relationshipStrength,
    tags: [...contact.tags],
    needs: contact.needs,
    notes: contact.notes,
    stayInTouchDays: contact.stayInTouchDays === null ? "" : String(contact.stayInTouchDays),
  };
}

/** The non-blank entries of a list, and for each the index of the input it came from. */
function compact(list: string[]): { values: string[]; inputIndex: number[] } {
  const values: string[] = [];
  const inputIndex: number[] = [];
  list.forEach((value, index) => {
    if (value.trim() !== "") {
      values.push(value.trim());
      inputIndex.push(index);
    }
  });
  return { values, inputIndex };
}

const textOrNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());

/** Every field as the API takes it; blank optional text is null. */
function toInput(values: ContactFormValues) {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    emails: compact(values.emails).values,
    phones: compact(values.phones).values,
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, textOrNull(values[field])])) as Record<
      TextField,
      string | null
    >),
    relationshipStrength: values.relationshipStrength,
    tags: values.tags,
    needs: values.needs,
    notes: values.notes,
    stayInTouchDays: values.stayInTouchDays === "" ? null : Number(values.stayInTouchDays),
  } satisfies ContactCreateInput;
}

/** What to POST for a new contact: only what was filled in. */
export function toCreateInput(values: ContactFormValues): ContactCreateInput {
  const input = toInput(values);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value;
  }
  return result as ContactCreateInput;
}

/** What to PATCH: only the fields that differ from how the form started. */
export function toUpdateInput(values: ContactFormValues, initial: ContactFormValues): ContactUpdateInput {
  const now = toInput(values);
  const before = toInput(initial);
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(now) as (keyof typeof now)[]) {
    if (JSON.stringify(now[key]) !== JSON.stringify(before[key])) result[key] = now[key];
  }
  return result as ContactUpdateInput;
}

/**
 * The form key for a field the API named: "emails.1" of the payload is the input the second non-blank
 * address came from.
 */
export function formFieldOf(apiField: string, values: ContactFormValues): string {
  const [name, index] = apiField.split(".");
  if ((name === "emails" || name === "phones") && index !== undefined) {
    const inputIndex = compact(values[name]).inputIndex[Number(index)];
    return inputIndex === undefined ? name : `${name}.${inputIndex}`;
  }
  return name ?? apiField;
}

/** Every problem the API would report, keyed by form field, checked in the browser as the user types. */
export function validateContactForm(values: ContactFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const result = ContactCreateInput.safeParse(toInput(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = formFieldOf(issue.path.map(String).join("."), values);
      errors[field] ??= issue.message;
    }
  }
  const timeZone = values.timeZone.trim();
  if (timeZone !== "" && !errors.timeZone && !isTimeZone(timeZone)) {
    errors.timeZone = "Not a time zone we know: pick one from the list, e.g. Europe/Paris.";
  }
  if (
    values.linkedinUrl.trim() !== "" &&
    !errors.linkedinUrl &&
    normalizeProfileUrl(values.linkedinUrl) === null
  ) {
    errors.linkedinUrl = "Not a web address, e.g. linkedin.com/in/ada-lovelace.";
  }
  if (values.source !== "" && !(CONTACT_SOURCES as readonly string[]).includes(values.source)) {
    errors.source = "Pick a source from the list.";
  }
  if (!(RELATIONSHIP_STRENGTHS as readonly string[]).includes(values.relationshipStrength)) {
    errors.relationshipStrength = "Pick how well you know them.";
  }
  return errors;
}
