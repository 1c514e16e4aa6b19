import { createRoute } from "@hono/zod-openapi";
import { AnalyticsSchema } from "../core/analytics.schema.js";
import { getAnalytics } from "../services/analytics.service.js";
import { newRouter } from "./env.js";
import { jsonContent } from "./schemas.js";

export const analyticsRoutes = newRouter().openapi(
  createRoute({
    method: "get",
    path: "/analytics",
    tags: ["Analytics"],
    summary:
      "What works for me: the funnel, reply rates by weekday, hour, template, channel and source, the weekly habit, where conversations came from, whom I have only taken from, goals by decision",
    responses: { 200: jsonContent(AnalyticsSchema, "My figures; small samples are marked too few to tell") },
  }),
  async (c) => c.json(await getAnalytics(c.var.ctx), 200),
);
