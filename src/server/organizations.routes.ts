import { createRoute } from "@hono/zod-openapi";
import {
  OrganizationCreateInput,
  OrganizationListQuery,
  OrganizationSchema,
  OrganizationUpdateInput,
} from "../core/organization.schema.js";
import {
  archiveOrganization,
  createOrganization,
  getOrganization,
  listOrganizations,
  restoreOrganization,
  updateOrganization,
} from "../services/organizations.service.js";
import { newRouter } from "./env.js";
import { ErrorSchema, errorResponses, IdParam, jsonBody, jsonContent, pageOf } from "./schemas.js";

const tags = ["Organizations"];
const conflict = { 409: jsonContent(ErrorSchema, "Another organisation has this name") };

export const organizationRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/organizations",
      tags,
      summary: "List organisations with how many contacts work there",
      request: { query: OrganizationListQuery },
      responses: {
        200: jsonContent(pageOf(OrganizationSchema, "OrganizationPage"), "A page of organisations"),
        400: errorResponses[400],
      },
    }),
    async (c) => c.json(await listOrganizations(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/organizations",
      tags,
      summary: "Add an organisation",
      request: jsonBody(OrganizationCreateInput),
      responses: {
        201: jsonContent(OrganizationSchema, "The new organisation"),
        400: errorResponses[400],
        ...conflict,
      },
    }),
    async (c) => c.json(await createOrganization(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/organizations/{id}",
      tags,
      summary: "One organisation",
      request: { params: IdParam },
      responses: { 200: jsonContent(OrganizationSchema, "The organisation"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getOrganization(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/organizations/{id}",
      tags,
      summary: "Change an organisation",
      request: { params: IdParam, ...jsonBody(OrganizationUpdateInput) },
      responses: {
        200: jsonContent(OrganizationSchema, "The changed organisation"),
        ...errorResponses,
        ...conflict,
      },
    }),
    async (c) =>
      c.json(await updateOrganization(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/organizations/{id}/archive",
      tags,
      summary: "Archive an organisation",
      request: { params: IdParam },
      responses: {
        200: jsonContent(OrganizationSchema, "The archived organisation"),
        404: errorResponses[404],
      },
    }),
    async (c) => c.json(await archiveOrganization(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/organizations/{id}/restore",
      tags,
      summary: "Bring an archived organisation back",
      request: { params: IdParam },
      responses: {
        200: jsonContent(OrganizationSchema, "The restored organisation"),
        404: errorResponses[404],
      },
    }),
    async (c) => c.json(await restoreOrganization(c.var.ctx, c.req.valid("param").id), 200),
  );
