// Response shapes of the API, documented in the OpenAPI document.
import { z } from "@hono/zod-openapi";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation_failed" }),
      message: z.string().openapi({ example: "firstName: First name is required." }),
      field: z.string().optional().openapi({ example: "firstName" }),
    }),
  })
  .openapi("Error");

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
