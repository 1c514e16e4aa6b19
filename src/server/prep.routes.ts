import { createRoute, z } from "@hono/zod-openapi";
import { ConversationQuestionsInput, QuestionMode } from "../core/conversation-questions.schema.js";
import {
  getConversationQuestions,
  saveConversationQuestions,
} from "../services/conversation-questions.service.js";
import { getPrepSheet, getPrepSheetMarkdown } from "../services/prep.service.js";
import { newRouter } from "./env.js";
import { ConversationQuestionsSchema, PrepSheetSchema } from "./prep.schemas.js";
import { errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Preparation"];

export const prepRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/conversations/{id}/prep",
      tags,
      summary:
        "The prep sheet: who, why, my introduction, the questions (ending with whom else to talk to) and the logistics",
      request: {
        params: IdParam,
        query: z.object({
          format: z
            .enum(["json", "md"], { error: "format is json or md." })
            .optional()
            .openapi({ description: "json (default) or md (Markdown, the questions one per line)" }),
          mode: QuestionMode.optional(),
        }),
      },
      responses: {
        200: {
          content: {
            "application/json": { schema: PrepSheetSchema },
            "text/markdown": { schema: z.string() },
          },
          description: "The prep sheet",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { format, mode } = c.req.valid("query");
      if (format === "md") {
        return c.body(await getPrepSheetMarkdown(c.var.ctx, id, { mode }), 200, {
          "Content-Type": "text/markdown; charset=utf-8",
        });
      }
      return c.json(await getPrepSheet(c.var.ctx, id, { mode }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conversations/{id}/questions",
      tags,
      summary: "The conversation's question list: the saved one, or until then a proposal from my bank",
      request: { params: IdParam, query: z.object({ mode: QuestionMode.optional() }) },
      responses: { 200: jsonContent(ConversationQuestionsSchema, "The questions"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await getConversationQuestions(c.var.ctx, c.req.valid("param").id, c.req.valid("query").mode),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/conversations/{id}/questions",
      tags,
      summary:
        "Save the whole question list in order, with what was asked and noted (all or nothing; at most 60; empty goes back to the proposal)",
      request: { params: IdParam, ...jsonBody(ConversationQuestionsInput) },
      responses: { 200: jsonContent(ConversationQuestionsSchema, "The saved questions"), ...errorResponses },
    }),
    async (c) =>
      c.json(await saveConversationQuestions(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  );
