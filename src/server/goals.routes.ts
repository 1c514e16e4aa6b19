import { createRoute } from "@hono/zod-openapi";
import { GoalCompareQuery, GoalCreateInput, GoalListQuery, GoalUpdateInput } from "../core/goal.schema.js";
import {
  archiveGoal,
  compareGoals,
  createGoal,
  getGoalDetail,
  listGoals,
  updateGoal,
} from "../services/goals.service.js";
import { newRouter } from "./env.js";
import { GoalComparisonSchema, GoalDetailSchema, GoalListSchema, GoalSchema } from "./goals.schemas.js";
import { errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Goals"];

export const goalRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/goals",
      tags,
      summary: "My goals (what I am exploring), the newest first",
      request: { query: GoalListQuery },
      responses: { 200: jsonContent(GoalListSchema, "The goals"), 400: errorResponses[400] },
    }),
    async (c) => c.json({ items: await listGoals(c.var.ctx, c.req.valid("query")) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/goals",
      tags,
      summary: "Add a goal: a role, industry, company, programme, person's path or network to explore",
      request: jsonBody(GoalCreateInput),
      responses: { 201: jsonContent(GoalSchema, "The new goal"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await createGoal(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/goals/compare",
      tags,
      summary:
        "Goals of the same kind side by side: scores and notes per criterion, decision, conversations, average fit",
      request: { query: GoalCompareQuery },
      responses: { 200: jsonContent(GoalComparisonSchema, "The comparison"), ...errorResponses },
    }),
    async (c) => c.json(await compareGoals(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/goals/{id}",
      tags,
      summary: "One goal, with the conversations that served it (and their fit) and its insights",
      request: { params: IdParam },
      responses: { 200: jsonContent(GoalDetailSchema, "The goal"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getGoalDetail(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/goals/{id}",
      tags,
      summary:
        "Change a goal, or record a decision: pursue and eliminate need a decisionReason; archived: false restores",
      request: { params: IdParam, ...jsonBody(GoalUpdateInput) },
      responses: { 200: jsonContent(GoalSchema, "The changed goal"), ...errorResponses },
    }),
    async (c) => c.json(await updateGoal(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/goals/{id}",
      tags,
      summary: "Archive a goal (its conversations and insights stay); PATCH archived: false brings it back",
      request: { params: IdParam },
      responses: { 200: jsonContent(GoalSchema, "The archived goal"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await archiveGoal(c.var.ctx, c.req.valid("param").id), 200),
  );
