// The centre's alumni directory: search it, keep my own profile, add a person to my contacts.
import { createRoute, z } from "@hono/zod-openapi";
import {
  AlumniContactResultSchema,
  AlumniDirectorySchema,
  AlumniProfileInput,
  AlumniProfileSchema,
  AlumniSearch,
} from "../core/alumni.schema.js";
import {
  contactAlum,
  deleteMyProfile,
  getMyProfile,
  saveMyProfile,
  searchDirectory,
} from "../services/alumni.service.js";
import { newRouter } from "./env.js";
import { ErrorSchema, errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Alumni directory"];
const localMode = {
  403: jsonContent(ErrorSchema, "Local mode: the directory lives on a career centre's hosted coffeechat"),
};

export const alumniRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/alumni",
      tags,
      summary:
        "Search the centre's alumni and volunteers by topic, organisation or role (words within); each shows this month's requests and whether they are resting",
      request: { query: AlumniSearch },
      responses: { 200: jsonContent(AlumniDirectorySchema, "The people found"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await searchDirectory(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/alumni/profile",
      tags,
      summary: "My own directory profile (null if I have not opted in)",
      responses: {
        200: jsonContent(
          z.object({ available: z.boolean(), profile: AlumniProfileSchema.nullable() }),
          "My profile",
        ),
      },
    }),
    async (c) => c.json(await getMyProfile(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/alumni/profile",
      tags,
      summary: "Opt in to the directory or change my profile; published false pauses it",
      request: jsonBody(AlumniProfileInput),
      responses: {
        200: jsonContent(AlumniProfileSchema, "My profile"),
        400: errorResponses[400],
        ...localMode,
      },
    }),
    async (c) => c.json(await saveMyProfile(c.var.ctx, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/alumni/profile",
      tags,
      summary: "Opt out: remove my profile and the requests I received",
      responses: { 204: { description: "Removed" }, 404: errorResponses[404], ...localMode },
    }),
    async (c) => {
      await deleteMyProfile(c.var.ctx);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/alumni/{id}/contact",
      tags,
      summary:
        "Add this person to my contacts (source alumni) and count one request to them this month; refused when they are resting",
      request: { params: IdParam },
      responses: {
        201: jsonContent(AlumniContactResultSchema, "The new contact's id and the person's entry"),
        ...errorResponses,
        409: jsonContent(ErrorSchema, "They are resting this month, or I already asked them this month"),
        ...localMode,
      },
    }),
    async (c) => c.json(await contactAlum(c.var.ctx, c.req.valid("param").id), 201),
  );
