// Response shapes of the API, documented in the OpenAPI document.
import { z } from "@hono/zod-openapi";
import { CONTACT_SOURCES, RELATIONSHIP_STRENGTHS } from "../core/contact-fields.js";

const timestamp = z.string().openapi({ format: "date-time", example: "2026-11-22T09:30:00.000Z" });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation_failed" }),
      message: z.string().openapi({ example: "firstName: First name is required." }),
      field: z.string().optional().openapi({ example: "firstName" }),
    }),
  })
  .openapi("Error");

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
    organization: z.string().nullable().openapi({ description: "The organisation's name" }),
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
  .openapi("Contact");

export const OrganizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    website: z.string().nullable(),
    industry: z.string().nullable(),
    location: z.string().nullable(),
    notes: z.string(),
    contactCount: z.number().int(),
    archived: z.boolean(),
    archivedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi("Organization");

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: "Pass as `cursor` for the next page; null on the last" }),
      total: z.number().int().openapi({ description: "How many match, in all pages" }),
    })
    .openapi(name);
}

export const IdParam = z.object({
  id: z
    .string()
    .openapi({ param: { name: "id", in: "path" }, example: "5f0c6b1e-8a4e-4d7b-9a53-0f1f2a3b4c5d" }),
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const errorResponses = {
  400: jsonContent(ErrorSchema, "The input is not valid; `field` names the problem"),
  404: jsonContent(ErrorSchema, "No such record"),
};

/** A required JSON request body of this schema. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
