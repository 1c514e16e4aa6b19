import { createRoute } from "@hono/zod-openapi";
import { AskAboutSchema, ExpertiseQuery, ExpertiseResultSchema } from "../core/expertise.schema.js";
import { SearchQuery, SearchResultSchema } from "../core/search.schema.js";
import { askAbout, expertise, search } from "../services/search.service.js";
import { newRouter } from "./env.js";
import { errorResponses, IdParam, jsonContent } from "./schemas.js";

const tags = ["Search"];

export const searchRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/search",
      tags,
      summary:
        "Search everything: people, organisations, conversations, insights, messages, notes, goals, tasks, exchanges",
      request: { query: SearchQuery },
      responses: {
        200: jsonContent(SearchResultSchema, "The best matches, best first"),
        400: errorResponses[400],
      },
    }),
    async (c) => c.json(await search(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/expertise",
      tags,
      summary: "Who knows what: people ranked for a topic, with what shows it",
      request: { query: ExpertiseQuery },
      responses: { 200: jsonContent(ExpertiseResultSchema, "People, best first"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await expertise(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts/{id}/ask-about",
      tags,
      summary: "Topics to ask a person about, from what they said and what I noted",
      request: { params: IdParam },
      responses: { 200: jsonContent(AskAboutSchema, "The topics"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await askAbout(c.var.ctx, c.req.valid("param").id), 200),
  );
