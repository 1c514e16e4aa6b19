import { createRoute } from "@hono/zod-openapi";
import { ExchangeInput } from "../core/exchange.schema.js";
import { addExchange, deleteExchange, getLedger } from "../services/exchanges.service.js";
import { newRouter } from "./env.js";
import { ExchangeLedgerSchema, ExchangeSchema } from "./exchanges.schemas.js";
import { errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

const tags = ["Contacts"];

export const exchangeRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts/{id}/exchanges",
      tags,
      summary: "The two-way ledger with a person: what I received, what I gave, and what they need",
      request: { params: IdParam },
      responses: { 200: jsonContent(ExchangeLedgerSchema, "The ledger"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getLedger(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/contacts/{id}/exchanges",
      tags,
      summary: "Note something received (advice, an introduction) or given (an article, help, an intro)",
      request: { params: IdParam, ...jsonBody(ExchangeInput) },
      responses: { 201: jsonContent(ExchangeSchema, "The entry"), ...errorResponses },
    }),
    async (c) => c.json(await addExchange(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/exchanges/{id}",
      tags,
      summary: "Delete an entry of the ledger",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 404: errorResponses[404] },
    }),
    async (c) => {
      await deleteExchange(c.var.ctx, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
