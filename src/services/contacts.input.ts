// The shape of what people send to create or change a contact, shared by the API and the CLI.
import { z } from "@hono/zod-openapi";
import { CONTACT_SOURCES, RELATIONSHIP_STRENGTHS } from "../core/contact-fields.js";
import { boundedIsoTime } from "./bounded-time.js";

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, `${what} is longer than ${max} characters.`)
    .nullable()
    .optional();

const contactFields = {
  firstName: z
    .string({
      error: (issue) => (issue.input === undefined ? "First name is required." : "First name must be text."),
    })
    .trim()
    .min(1, "First name is required.")
    .max(100, "First name is longer than 100 characters.")
    .openapi({ example: "Ada" }),
  lastName: z
    .string()
    .trim()
    .max(100, "Last name is longer than 100 characters.")
    .optional()
    .openapi({ example: "Lovelace" }),
  emails: z
    .array(z.email("Not a valid e-mail address.").trim().max(254), { error: "E-mails must be a list." })
    .max(20, "At most 20 e-mail addresses.")
    .optional()
    .openapi({ example: ["ada@example.org"] }),
  phones: z
    .array(
      z
        .string()
        .trim()
        .min(3, "A phone number has at least 3 characters.")
        .max(40, "A phone number has at most 40 characters.")
        .regex(
          /^\+?[0-9 ().\-/]+(([xX]|[eE][xX][tT]\.?) ?\d+)?$/,
          "A phone number has digits, spaces, + ( ) - . / only.",
        ),
      { error: "Phones must be a list." },
    )
    .max(20, "At most 20 phone numbers.")
    .optional()
    .openapi({ example: ["+1 212 555 0100"] }),
  linkedinUrl: optionalText(500, "LinkedIn URL").openapi({
    example: "https://www.linkedin.com/in/ada-lovelace",
  }),
  organization: optionalText(200, "Organisation").openapi({
    description: "The organisation's name; matched with an existing one or created.",
    example: "Analytical Engines Ltd",
  }),
  title: optionalText(200, "Title").openapi({ example: "Research engineer" }),
  location: optionalText(200, "Location").openapi({ example: "London" }),
  timeZone: optionalText(64, "Time zone").openapi({
    description: "IANA time zone",
    example: "Europe/London",
  }),
  source: optionalText(40, "Source").openapi({
    description: `How I found this person: ${CONTACT_SOURCES.join(", ")}`,
    example: "alumni",
  }),
  sourceDetail: optionalText(500, "Source detail").openapi({ example: "Met at the 2026 robotics fair" }),
  introducedById: z.uuid("introducedById must be a contact id.").nullable().optional(),
  mayMentionIntroducer: z.boolean().nullable().optional(),
  relationshipStrength: z.enum(RELATIONSHIP_STRENGTHS).optional(),
  tags: z
    .array(z.string().trim().min(1, "A tag cannot be empty.").max(50, "A tag has at most 50 characters."), {
      error: "Tags must be a list.",
    })
    .max(50, "At most 50 tags.")
    .optional()
    .openapi({ example: ["robotics", "hardware"] }),
  needs: z.string().max(5000, "Needs is longer than 5000 characters.").optional().openapi({
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
};

export const ContactCreateInput = z.object(contactFields).openapi("ContactCreate");
export type ContactCreateInput = z.infer<typeof ContactCreateInput>;

export const ContactUpdateInput = z
  .object({ ...contactFields, firstName: contactFields.firstName.optional() })
  .openapi("ContactUpdate");
export type ContactUpdateInput = z.infer<typeof ContactUpdateInput>;

export const CONTACT_SORTS = ["name", "-name", "created", "-created", "updated", "-updated"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const ContactListQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Words found in names, e-mails, title, organisation" }),
  tag: z.string().max(50).optional(),
  source: z.string().max(40).optional(),
  organizationId: z.uuid("organizationId must be an organisation id.").optional(),
  archived: z
    .enum(["false", "true", "all"])
    .optional()
    .openapi({ description: "false (default), true or all" }),
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
