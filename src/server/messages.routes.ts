import { createRoute, z } from "@hono/zod-openapi";
import {
  InteractionCreateInput,
  InteractionListQuery,
  InteractionSchema,
  MessageCreateInput,
  MessageListQuery,
  MessageSchema,
  MessageUpdateInput,
} from "../core/message.schema.js";
import {
  createInteraction,
  createMessage,
  deleteMessage,
  getMessage,
  listInteractionsOf,
  listMessages,
  updateMessage,
} from "../services/messages.service.js";
import { newRouter } from "./env.js";
import { ErrorSchema, errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Messages"];

export const messageRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/messages",
      tags,
      summary: "Messages, newest first, for a contact or a conversation",
      request: { query: MessageListQuery },
      responses: {
        200: jsonContent(z.object({ items: z.array(MessageSchema) }), "The messages"),
        400: errorResponses[400],
      },
    }),
    async (c) => c.json({ items: await listMessages(c.var.ctx, c.req.valid("query")) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/messages",
      tags,
      summary: "Log a message, or send one by e-mail now or at a time (send, sendAt)",
      description:
        'Without `send`, logs a message (also one sent outside the app, with its sentAt in the past). With `"send": "now"` or `"send": "at", "sendAt"`, the outbox sends it through the mail server; its status goes scheduled, sending, then sent (or failed, with lastError). Once sent, a request moves its conversation to asked and starts the follow-up routine; a thank-you moves a done conversation to thanked.',
      request: jsonBody(MessageCreateInput),
      responses: { 201: jsonContent(MessageSchema, "The message"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await createMessage(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/messages/{id}",
      tags,
      summary: "One message",
      request: { params: IdParam },
      responses: { 200: jsonContent(MessageSchema, "The message"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getMessage(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/messages/{id}",
      tags,
      summary:
        "Record a reply (repliedAt, outcome declined), mark a draft sent, edit it, or reschedule it (sendAt)",
      description:
        "A message waiting in the outbox (scheduled, or failed) can have its subject and body edited and its time moved (sendAt), together or apart, until the outbox takes it: once it is being sent or sent, the answer is 409 and nothing changes. What goes out is the text as it was before the edit or after it, never a mix.",
      request: { params: IdParam, ...jsonBody(MessageUpdateInput) },
      responses: {
        200: jsonContent(MessageSchema, "The message"),
        ...errorResponses,
        409: jsonContent(ErrorSchema, "Already being sent or sent: its text and time can no longer change"),
      },
    }),
    async (c) => c.json(await updateMessage(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/messages/{id}",
      tags,
      summary: "Take a scheduled or failed message out of the outbox, or delete a draft",
      request: { params: IdParam },
      responses: {
        204: { description: "Deleted" },
        404: errorResponses[404],
        409: jsonContent(ErrorSchema, "Already sent or being sent"),
      },
    }),
    async (c) => {
      await deleteMessage(c.var.ctx, c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/interactions",
      tags: ["Interactions"],
      summary: "Dated touches with people, newest first",
      request: { query: InteractionListQuery },
      responses: {
        200: jsonContent(z.object({ items: z.array(InteractionSchema) }), "The interactions"),
        400: errorResponses[400],
      },
    }),
    async (c) => c.json({ items: await listInteractionsOf(c.var.ctx, c.req.valid("query")) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/interactions",
      tags: ["Interactions"],
      summary:
        "Log a touch (a call, a chat at an event, a note they sent): resets stay-in-touch, stops follow-ups",
      request: jsonBody(InteractionCreateInput),
      responses: { 201: jsonContent(InteractionSchema, "The interaction"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await createInteraction(c.var.ctx, c.req.valid("json")), 201),
  );
