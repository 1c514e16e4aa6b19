import { createRoute, z } from "@hono/zod-openapi";
import {
  AdvisorReadSchema,
  CentreMeSchema,
  CohortCreate,
  CohortInvitationSchema,
  CohortJoin,
  CohortProgressSchema,
  CohortSchema,
  SharingUpdate,
} from "../core/cohort.schema.js";
import { NotFoundError } from "../core/errors.js";
import {
  centreMe,
  cohortInvitation,
  createCohort,
  getCohortProgress,
  joinCohort,
  leaveCohort,
  listCohorts,
  readsAboutMe,
  type StudentContext,
  setSharing,
} from "../services/cohorts.service.js";
import { type AppRuntime, newRouter } from "./env.js";
import { ErrorSchema, errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Cohorts"];
const forbidden = { 403: jsonContent(ErrorSchema, "Only the centre's advisors may do this") };

/** Opens a student's own context through the runtime (the server always has one). */
function students(runtime: AppRuntime | undefined): StudentContext {
  return async (id) => {
    const user = await runtime?.system.findUser(id);
    return user && runtime
      ? runtime.contextFor({ id: user.id, name: user.name, timeZone: user.time_zone })
      : undefined;
  };
}

function names(runtime: AppRuntime | undefined) {
  return async (id: string) => (await runtime?.system.findUser(id))?.name ?? "An advisor";
}

export const cohortRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/cohorts",
      tags,
      summary: "The cohorts I lead (with their invitation codes) and those I joined (with what I share)",
      responses: { 200: jsonContent(z.object({ items: z.array(CohortSchema) }), "Cohorts") },
    }),
    async (c) => c.json({ items: await listCohorts(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/cohorts",
      tags,
      summary: "Create a cohort and its invitation code (advisors)",
      request: jsonBody(CohortCreate),
      responses: { 201: jsonContent(CohortSchema, "The cohort"), ...errorResponses, ...forbidden },
    }),
    async (c) => c.json(await createCohort(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/centre/me",
      tags,
      summary: "Whether this coffeechat is a career centre's (hosted mode), and my role there",
      responses: { 200: jsonContent(CentreMeSchema, "My place at the centre") },
    }),
    async (c) => c.json(await centreMe(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/cohorts/{id}/invitations",
      tags,
      summary: "The invitation link of a cohort I lead, to share with its students",
      request: { params: IdParam },
      responses: { 201: jsonContent(CohortInvitationSchema, "The link"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await cohortInvitation(c.var.ctx, c.req.valid("param").id, c.var.publicUrl), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/cohorts/join",
      tags,
      summary:
        "Join a cohort with its invitation code (`code`, or the link's `token`), choosing what its advisor may see (counts by default)",
      request: jsonBody(CohortJoin),
      responses: { 200: jsonContent(CohortSchema, "The cohort joined"), ...errorResponses },
    }),
    async (c) => c.json(await joinCohort(c.var.ctx, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/cohorts/{id}/sharing",
      tags,
      summary: "Change what the cohort's advisor sees of me (none withdraws consent)",
      request: { params: IdParam, ...jsonBody(SharingUpdate) },
      responses: { 204: { description: "Changed" }, ...errorResponses },
    }),
    async (c) => {
      await setSharing(c.var.ctx, c.req.valid("param").id, c.req.valid("json").sharing);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/cohorts/{id}/membership",
      tags,
      summary: "Leave a cohort",
      request: { params: IdParam },
      responses: { 204: { description: "Left" }, 404: errorResponses[404] },
    }),
    async (c) => {
      await leaveCohort(c.var.ctx, c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/cohorts/{id}/progress",
      tags,
      summary:
        "A cohort's progress for its advisor: the figures of each student who shares (counts, no names unless given), flags and the funnel; each read is recorded for the student",
      request: { params: IdParam },
      responses: {
        200: jsonContent(CohortProgressSchema, "Progress"),
        404: errorResponses[404],
        ...forbidden,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!c.var.runtime) throw new NotFoundError("cohort", id);
      return c.json(await getCohortProgress(c.var.ctx, id, students(c.var.runtime)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/cohorts/reads",
      tags,
      summary: "Every time an advisor read my figures",
      responses: { 200: jsonContent(z.object({ items: z.array(AdvisorReadSchema) }), "Reads") },
    }),
    async (c) => c.json({ items: await readsAboutMe(c.var.ctx, names(c.var.runtime)) }, 200),
  );
