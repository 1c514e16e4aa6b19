import { createRoute } from "@hono/zod-openapi";
import {
  QuestionCreateInput,
  QuestionListQuery,
  QuestionReorderInput,
  QuestionUpdateInput,
} from "../core/question.schema.js";
import {
  createQuestion,
  deleteQuestion,
  listQuestions,
  reorderQuestions,
  updateQuestion,
} from "../services/questions.service.js";
import { newRouter } from "./env.js";
import { QuestionListSchema, QuestionRemovalSchema, QuestionSchema } from "./questions.schemas.js";
import { errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Questions"];

export const questionRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/questions",
      tags,
      summary: "My question bank, in order (our built-in questions and my own); hidden ones on request",
      request: { query: QuestionListQuery },
      responses: { 200: jsonContent(QuestionListSchema, "The questions"), 400: errorResponses[400] },
    }),
    async (c) => c.json({ items: await listQuestions(c.var.ctx, c.req.valid("query")) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/questions",
      tags,
      summary: "Add a question of my own, placed after the others of its area",
      request: jsonBody(QuestionCreateInput),
      responses: { 201: jsonContent(QuestionSchema, "The new question"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await createQuestion(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/questions/reorder",
      tags,
      summary: "Put questions in a new order: the listed ones take the places they held between them",
      request: jsonBody(QuestionReorderInput),
      responses: {
        200: jsonContent(QuestionListSchema, "The whole bank, hidden questions too, in its new order"),
        ...errorResponses,
      },
    }),
    async (c) => c.json({ items: await reorderQuestions(c.var.ctx, c.req.valid("json")) }, 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/questions/{id}",
      tags,
      summary: "Change a question's text, area, kinds, TIARA step or position; hide or show it",
      request: { params: IdParam, ...jsonBody(QuestionUpdateInput) },
      responses: { 200: jsonContent(QuestionSchema, "The changed question"), ...errorResponses },
    }),
    async (c) => c.json(await updateQuestion(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/questions/{id}",
      tags,
      summary: "Delete a question of my own; a built-in one is hidden instead, and the answer says so",
      request: { params: IdParam },
      responses: { 200: jsonContent(QuestionRemovalSchema, "What happened"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await deleteQuestion(c.var.ctx, c.req.valid("param").id), 200),
  );
