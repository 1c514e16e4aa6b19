import { createRoute } from "@hono/zod-openapi";
import { ContactCreateInput, ContactListQuery, ContactUpdateInput } from "../core/contact.schema.js";
import {
  archiveContact,
  createContact,
  getContact,
  listContacts,
  listTags,
  restoreContact,
  updateContact,
} from "../services/contacts.service.js";
import { ContactPageSchema, ContactSchema, TagListSchema } from "./contacts.schemas.js";
import { newRouter } from "./env.js";
import { errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Contacts"];

export const contactRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts",
      tags,
      summary: "List contacts: search, filter, sort, page",
      request: { query: ContactListQuery },
      responses: {
        200: jsonContent(ContactPageSchema, "A page of contacts"),
        400: errorResponses[400],
      },
    }),
    async (c) => c.json(await listContacts(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/contacts",
      tags,
      summary: "Add a contact",
      request: jsonBody(ContactCreateInput),
      responses: { 201: jsonContent(ContactSchema, "The new contact"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await createContact(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts/{id}",
      tags,
      summary: "One contact",
      request: { params: IdParam },
      responses: { 200: jsonContent(ContactSchema, "The contact"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getContact(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/contacts/{id}",
      tags,
      summary: "Change a contact; null clears a field, tags replace the set",
      request: { params: IdParam, ...jsonBody(ContactUpdateInput) },
      responses: { 200: jsonContent(ContactSchema, "The changed contact"), ...errorResponses },
    }),
    async (c) => c.json(await updateContact(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/contacts/{id}/archive",
      tags,
      summary: "Archive a contact (hidden from lists, kept with its history)",
      request: { params: IdParam },
      responses: { 200: jsonContent(ContactSchema, "The archived contact"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await archiveContact(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/contacts/{id}/restore",
      tags,
      summary: "Bring an archived contact back",
      request: { params: IdParam },
      responses: { 200: jsonContent(ContactSchema, "The restored contact"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await restoreContact(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/tags",
      tags,
      summary: "Tags in use on active contacts, with counts",
      responses: { 200: jsonContent(TagListSchema, "The tags") },
    }),
    async (c) => c.json({ items: await listTags(c.var.ctx) }, 200),
  );
