import { createRoute, z } from "@hono/zod-openapi";
import { ContactSchema } from "../core/contact.schema.js";
import { FitInput, NeedInput, PromiseInput } from "../core/follow-through.schema.js";
import { InsightInput, InsightListQuery } from "../core/insight.schema.js";
import { ReferralInput } from "../core/referral.schema.js";
import { TaskSchema } from "../core/task.schema.js";
import { addNeed, addPromise, setFit } from "../services/follow-through.service.js";
import { addInsight, deleteInsight, listInsights } from "../services/insights.service.js";
import { addReferral, listReferrals } from "../services/referrals.service.js";
import { newRouter } from "./env.js";
import {
  GoalFitSchema,
  InsightListSchema,
  InsightSchema,
  ReferralListSchema,
  ReferralSchema,
} from "./follow-through.schemas.js";
import { ErrorSchema, errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Conversation mode"];

const FitParams = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" } }),
  goalId: z.string().openapi({ param: { name: "goalId", in: "path" } }),
});

export const followThroughRoutes = newRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/conversations/{id}/referrals",
      tags,
      summary:
        "Someone they suggested I talk to: a new or existing contact introduced by them, and a conversation to ask for",
      request: { params: IdParam, ...jsonBody(ReferralInput) },
      responses: {
        201: jsonContent(ReferralSchema, "The referred contact and the to-ask conversation"),
        ...errorResponses,
        409: jsonContent(ErrorSchema, "They were already introduced by someone else; nothing was changed"),
      },
    }),
    async (c) => c.json(await addReferral(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conversations/{id}/referrals",
      tags,
      summary:
        "The people suggested in this conversation and added there (introduced by the person it is with), by name",
      request: { params: IdParam },
      responses: {
        200: jsonContent(ReferralListSchema, "The referrals, each with the conversation to have with them"),
        404: errorResponses[404],
      },
    }),
    async (c) => c.json({ items: await listReferrals(c.var.ctx, c.req.valid("param").id) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/conversations/{id}/promises",
      tags,
      summary: "A promise I made (send the article, make the intro): my task, due tomorrow 17:00 unless said",
      request: { params: IdParam, ...jsonBody(PromiseInput) },
      responses: { 201: jsonContent(TaskSchema, "The task"), ...errorResponses },
    }),
    async (c) => c.json(await addPromise(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/conversations/{id}/needs",
      tags,
      summary: "A need of theirs (how I can help), added to the person's needs on a dated line",
      request: { params: IdParam, ...jsonBody(NeedInput) },
      responses: { 200: jsonContent(ContactSchema, "The person, with the need added"), ...errorResponses },
    }),
    async (c) => c.json(await addNeed(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/conversations/{id}/insights",
      tags,
      summary: "Something I learned, optionally towards a goal",
      request: { params: IdParam, ...jsonBody(InsightInput) },
      responses: { 201: jsonContent(InsightSchema, "The insight"), ...errorResponses },
    }),
    async (c) => c.json(await addInsight(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/conversations/{id}/goals/{goalId}/fit",
      tags,
      summary: "How well a goal fits after this conversation (1-5, null clears), with a note",
      request: { params: FitParams, ...jsonBody(FitInput) },
      responses: { 200: jsonContent(GoalFitSchema, "The fit"), ...errorResponses },
    }),
    async (c) => {
      const { id, goalId } = c.req.valid("param");
      return c.json(await setFit(c.var.ctx, id, goalId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/insights",
      tags: ["Goals"],
      summary: "Insights, newest first; filter by goalId, conversationId or contactId",
      request: { query: InsightListQuery },
      responses: { 200: jsonContent(InsightListSchema, "The insights"), 400: errorResponses[400] },
    }),
    async (c) => c.json({ items: await listInsights(c.var.ctx, c.req.valid("query")) }, 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/insights/{id}",
      tags: ["Goals"],
      summary: "Delete an insight",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 404: errorResponses[404] },
    }),
    async (c) => {
      await deleteInsight(c.var.ctx, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
