// An organisation's shape, declared once: its type, the API's answer, and what may be sent.
import { z } from "zod";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-22T09:30:00.000Z" });

/** An organisation people work at: a company, a lab, a university, an agency. */
export const OrganizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    website: z.string().nullable(),
    industry: z.string().nullable(),
    location: z.string().nullable(),
    notes: z.string(),
    contactCount: z.number().int().meta({ description: "How many contacts (not archived) work there" }),
    archived: z.boolean(),
    archivedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Organization" });
export type Organization = z.infer<typeof OrganizationSchema>;

/** What an organisation row holds, as the repository takes it. */
export type OrganizationValues = Pick<
  Organization,
  "name" | "website" | "industry" | "location" | "notes"
> & {
  archivedAt: string | null;
};

const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} is longer than ${max} characters.`).nullable().optional();

const organizationInputFields = {
  name: z
    .string({ error: (issue) => (issue.input === undefined ? "Name is required." : "Name must be text.") })
    .trim()
    .min(1, "Name is required.")
    .max(200, "Name is longer than 200 characters.")
    .meta({ example: "Analytical Engines Ltd" }),
  website: optionalText(500, "Website"),
  industry: optionalText(200, "Industry"),
  location: optionalText(200, "Location"),
  notes: z.string().max(100_000, "Notes are longer than 100,000 characters.").optional(),
} satisfies Partial<Record<keyof Organization, z.ZodType>>;

export const OrganizationCreateInput = z.object(organizationInputFields).meta({ id: "OrganizationCreate" });
export type OrganizationCreateInput = z.infer<typeof OrganizationCreateInput>;

export const OrganizationUpdateInput = z
  .object({ ...organizationInputFields, name: organizationInputFields.name.optional() })
  .meta({ id: "OrganizationUpdate" });
export type OrganizationUpdateInput = z.infer<typeof OrganizationUpdateInput>;

export const OrganizationListQuery = z.object({
  q: z.string().max(200).optional(),
  archived: z.enum(["false", "true", "all"]).optional(),
  limit: z.coerce.number().int().min(1, "limit is at least 1.").max(500, "limit is at most 500.").optional(),
  cursor: z.string().max(500).optional(),
});
export type OrganizationListQuery = z.infer<typeof OrganizationListQuery>;
