import { createRoute } from "@hono/zod-openapi";
import { NetworkQuery, NetworkSchema, PathsQuery, PathsSchema } from "../core/network.schema.js";
import { findPaths, getNetwork } from "../services/network.service.js";
import { newRouter } from "./env.js";
import { errorResponses, jsonContent } from "./schemas.js";

const tags = ["Network"];

export const networkRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/network",
      tags,
      summary: "The map of my network: people, organisations, who introduced whom, conversations held",
      request: { query: NetworkQuery },
      responses: { 200: jsonContent(NetworkSchema, "The network"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await getNetwork(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/network/paths",
      tags,
      summary: "The shortest warm paths into an organisation or to a person, through people I know",
      request: { query: PathsQuery },
      responses: { 200: jsonContent(PathsSchema, "The paths, shortest first"), ...errorResponses },
    }),
    async (c) => c.json(await findPaths(c.var.ctx, c.req.valid("query")), 200),
  );
