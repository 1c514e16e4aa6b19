import { z } from "@hono/zod-openapi";

const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} is longer than ${max} characters.`).nullable().optional();

const organizationFields = {
  name: z
    .string({ error: (issue) => (issue.input === undefined ? "Name is required." : "Name must be text.") })
    .trim()
    .min(1, "Name is required.")
    .max(200, "Name is longer than 200 characters.")
    .openapi({ example: "Analytical Engines Ltd" }),
  website: optionalText(500, "Website"),
  industry: optionalText(200, "Industry"),
  location: optionalText(200, "Location"),
  notes: z.string().max(100_000, "Notes are longer than 100,000 characters.").optional(),
};

export const OrganizationCreateInput = z.object(organizationFields).openapi("OrganizationCreate");
export type OrganizationCreateInput = z.infer<typeof OrganizationCreateInput>;

export const OrganizationUpdateInput = z
  .object({ ...organizationFields, name: organizationFields.name.optional() })
  .openapi("OrganizationUpdate");
export type OrganizationUpdateInput = z.infer<typeof OrganizationUpdateInput>;

export const OrganizationListQuery = z.object({
  q: z.string().max(200).optional(),
  archived: z.enum(["false", "true", "all"]).optional(),
  limit: z.coerce.number().int().min(1, "limit is at least 1.").max(500, "limit is at most 500.").optional(),
  cursor: z.string().max(500).optional(),
});
export type OrganizationListQuery = z.infer<typeof OrganizationListQuery>;
