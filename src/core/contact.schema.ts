// A contact's shape, declared once: the type every face uses, what the API answers (and documents
// in OpenAPI), and what people may send to create or change one (the API and the CLI).
import { z } from "zod";
import { boundedIsoTime } from "./bounded-time.js";
import { CONTACT_SOURCES, RELATIONSHIP_STRENGTHS } from "./contact-fields.js";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-22T09:30:00.000Z" });

/** A person in my network, as every face of coffeechat shows it. */
export const ContactSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    fullName: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    linkedinUrl: z.string().nullable(),
    organizationId: z.uuid().nullable(),
    organization: z.string().nullable().meta({ description: "The organisation's name" }),
    title: z.string().nullable(),
    location: z.string().nullable(),
    timeZone: z.string().nullable(),
    source: z.enum(CONTACT_SOURCES).nullable(),
    sourceDetail: z.string().nullable(),
    introducedById: z.uuid().nullable(),
    mayMentionIntroducer: z.boolean().nullable(),
    relationshipStrength: z.enum(RELATIONSHIP_STRENGTHS),
    tags: z.array(z.string()),
    needs: z.string(),
    notes: z.string(),
    lastTouchAt: timestamp.nullable(),
    nextTouchAt: timestamp.nullable(),
    stayInTouchDays: z.number().int().nullable(),
    archived: z.boolean(),
    archivedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Contact" });
export type Contact = z.infer<typeof ContactSchema>;

/** What a contact row holds, as the repository takes it: every stored field of a contact. */
export type ContactValues = Omit<
  Contact,
  "id" | "fullName" | "tags" | "archived" | "createdAt" | "updatedAt"
>;

/** What a new contact holds before anything more is said about them. */
export const NEW_CONTACT: Omit<ContactValues, "firstName"> = {
  lastName: "",
  emails: [],
  phones: [],
  linkedinUrl: null,
  organizationId: null,
  organization: null,
  title: null,
  location: null,
  timeZone: null,
  source: null,
  sourceDetail: null,
  introducedById: null,
  mayMentionIntroducer: null,
  relationshipStrength: "new",
  needs: "",
  notes: "",
  lastTouchAt: null,
  nextTouchAt: null,
  stayInTouchDays: null,
  archivedAt: null,
};

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, `${what} is longer than ${max} characters.`)
    .nullable()
    .optional();

/** What people may send for each field, with the messages they see when it is wrong. */
const contactInputFields = {
  firstName: z
    .string({
      error: (issue) => (issue.input === undefined ? "First name is required." : "First name must be text."),
    })
    .trim()
    .min(1, "First name is required.")
    .max(100, "First name is longer than 100 characters.")
    .meta({ example: "Ada" }),
  lastName: z
    .string()
    .trim()
    .max(100, "Last name is longer than 100 characters.")
    .optional()
    .meta({ example: "Lovelace" }),
  emails: z
    .array(z.email("Not a valid e-mail address.").trim().max(254), { error: "E-mails must be a list." })
    .max(20, "At most 20 e-mail addresses.")
    .optional()
    .meta({ example: ["ada@example.org"] }),
  phones: z
    .array(
      z
        .string()
        .trim()
        .min(3, "A phone number has at least 3 characters.")
        .max(40, "A phone number has at most 40 characters.")
        .regex(
          // No regex flags: OpenAPI keeps only the pattern, so case is spelled out.
          /^\+?[0-9 ().\-/]+(([xX]|[eE][xX][tT]\.?) ?\d+)?$/,
          "A phone number has digits, spaces, + ( ) - . / only.",
        ),
      { error: "Phones must be a list." },
    )
    .max(20, "At most 20 phone numbers.")
    .optional()
    .meta({ example: ["+1 212 555 0100"] }),
  linkedinUrl: optionalText(500, "LinkedIn URL").meta({
    example: "https://www.linkedin.com/in/ada-lovelace",
  }),
  organization: optionalText(200, "Organisation").meta({
    description: "The organisation's name; matched with an existing one or created.",
    example: "Analytical Engines Ltd",
  }),
  title: optionalText(200, "Title").meta({ example: "Research engineer" }),
  location: optionalText(200, "Location").meta({ example: "London" }),
  timeZone: optionalText(64, "Time zone").meta({ description: "IANA time zone", example: "Europe/London" }),
  source: optionalText(40, "Source").meta({
    description: `How I found this person: ${CONTACT_SOURCES.join(", ")}`,
    example: "alumni",
  }),
  sourceDetail: optionalText(500, "Source detail").meta({ example: "Met at the 2026 robotics fair" }),
  introducedById: z.uuid("introducedById must be a contact id.").nullable().optional(),
  mayMentionIntroducer: z.boolean().nullable().optional(),
  relationshipStrength: z.enum(RELATIONSHIP_STRENGTHS).optional(),
  tags: z
    .array(z.string().trim().min(1, "A tag cannot be empty.").max(50, "A tag has at most 50 characters."), {
      error: "Tags must be a list.",
    })
    .max(50, "At most 50 tags.")
    .optional()
    .meta({ example: ["robotics", "hardware"] }),
  needs: z.string().max(5000, "Needs is longer than 5000 characters.").optional().meta({
    description: "What they need or care about: how I can help them.",
  }),
  notes: z.string().max(100_000, "Notes are longer than 100,000 characters.").optional(),
  stayInTouchDays: z
    .number()
    .int("Stay-in-touch days is a whole number.")
    .min(7, "Stay in touch at most once a week (7 days).")
    .max(730, "Stay in touch at least every two years (730 days).")
    .nullable()
    .optional(),
  nextTouchAt: boundedIsoTime({ offset: true, error: "nextTouchAt must be an ISO-8601 time." })
    .nullable()
    .optional(),
} satisfies Partial<Record<keyof Contact, z.ZodType>>;

export const ContactCreateInput = z.object(contactInputFields).meta({ id: "ContactCreate" });
export type ContactCreateInput = z.infer<typeof ContactCreateInput>;

export const ContactUpdateInput = z
  .object({ ...contactInputFields, firstName: contactInputFields.firstName.optional() })
  .meta({ id: "ContactUpdate" });
export type ContactUpdateInput = z.infer<typeof ContactUpdateInput>;

export const CONTACT_SORTS = ["name", "-name", "created", "-created", "updated", "-updated"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const ContactListQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .meta({ description: "Words found in names, e-mails, title, organisation" }),
  tag: z.string().max(50).optional(),
  source: z.string().max(40).optional(),
  organizationId: z.uuid("organizationId must be an organisation id.").optional(),
  archived: z.enum(["false", "true", "all"]).optional().meta({ description: "false (default), true or all" }),
  sort: z.enum(CONTACT_SORTS).optional(),
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int("limit must be a whole number.")
    .min(1, "limit is at least 1.")
    .max(500, "limit is at most 500.")
    .optional(),
  cursor: z.string().max(500).optional(),
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;
