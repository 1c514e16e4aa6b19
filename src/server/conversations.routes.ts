import { createRoute } from "@hono/zod-openapi";
import {
  ConversationCreateInput,
  ConversationListQuery,
  ConversationUpdateInput,
  StageMoveInput,
} from "../core/conversation.schema.js";
import {
  createConversation,
  getConversationDetail,
  listConversations,
  moveConversation,
  updateConversation,
} from "../services/conversations.service.js";
import {
  ConversationDetailSchema,
  ConversationPageSchema,
  ConversationSchema,
  StageErrorSchema,
} from "./conversations.schemas.js";
import { newRouter } from "./env.js";
import { errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Conversations"];

export const conversationRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/conversations",
      tags,
      summary: "List conversations, the most recently changed first; filter by stage and contact",
      request: { query: ConversationListQuery },
      responses: {
        200: jsonContent(ConversationPageSchema, "A page of conversations"),
        400: errorResponses[400],
      },
    }),
    async (c) => c.json(await listConversations(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/conversations",
      tags,
      summary: "Plan a conversation with a contact",
      request: jsonBody(ConversationCreateInput),
      responses: { 201: jsonContent(ConversationSchema, "The new conversation"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await createConversation(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conversations/{id}",
      tags,
      summary: "One conversation, with its stage history and messages",
      request: { params: IdParam },
      responses: { 200: jsonContent(ConversationDetailSchema, "The conversation"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getConversationDetail(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/conversations/{id}",
      tags,
      summary: "Change a conversation's details (not its stage)",
      request: { params: IdParam, ...jsonBody(ConversationUpdateInput) },
      responses: { 200: jsonContent(ConversationSchema, "The changed conversation"), ...errorResponses },
    }),
    async (c) =>
      c.json(await updateConversation(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/conversations/{id}/stage",
      tags,
      summary: "Move a conversation to another stage",
      request: { params: IdParam, ...jsonBody(StageMoveInput) },
      responses: {
        200: jsonContent(ConversationSchema, "The moved conversation"),
        ...errorResponses,
        409: jsonContent(StageErrorSchema, "The move is not allowed; `allowed` lists the moves that are"),
      },
    }),
    async (c) => c.json(await moveConversation(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  );
