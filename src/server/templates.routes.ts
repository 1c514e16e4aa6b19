import { createRoute, z } from "@hono/zod-openapi";
import {
  DraftSchema,
  TemplateCreateInput,
  TemplateListQuery,
  TemplateRenderInput,
  TemplateSchema,
  TemplateUpdateInput,
} from "../core/template.schema.js";
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  renderTemplateFor,
  updateTemplate,
} from "../services/templates.service.js";
import { newRouter } from "./env.js";
import { errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Templates"];

export const templateRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/templates",
      tags,
      summary: "The template library: ours (editable) and yours",
      request: { query: TemplateListQuery },
      responses: { 200: jsonContent(z.object({ items: z.array(TemplateSchema) }), "The templates") },
    }),
    async (c) => c.json({ items: await listTemplates(c.var.ctx, c.req.query()) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/templates",
      tags,
      summary: "Add a template of your own",
      request: jsonBody(TemplateCreateInput),
      responses: { 201: jsonContent(TemplateSchema, "The template"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await createTemplate(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/templates/{id}",
      tags,
      summary: "One template",
      request: { params: IdParam },
      responses: { 200: jsonContent(TemplateSchema, "The template"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getTemplate(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/templates/{id}",
      tags,
      summary: "Edit, hide, show, move, or put a library template back to our text (reset)",
      request: { params: IdParam, ...jsonBody(TemplateUpdateInput) },
      responses: { 200: jsonContent(TemplateSchema, "The template"), ...errorResponses },
    }),
    async (c) => c.json(await updateTemplate(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/templates/{id}",
      tags,
      summary: "Delete a template of yours; one from our library is hidden instead",
      request: { params: IdParam },
      responses: {
        200: jsonContent(z.object({ deleted: z.boolean(), hidden: z.boolean() }), "What happened"),
        404: errorResponses[404],
      },
    }),
    async (c) => c.json(await deleteTemplate(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/templates/{id}/render",
      tags,
      summary: "Fill a template in for a contact (and conversation)",
      description:
        "Known values come from the contact, the conversation, its goals and your settings; `values` fills in or overrides the rest. Anything still missing is listed and left visible as {{name}}.",
      request: { params: IdParam, ...jsonBody(TemplateRenderInput) },
      responses: { 200: jsonContent(DraftSchema, "The draft"), ...errorResponses },
    }),
    async (c) =>
      c.json(await renderTemplateFor(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  );
