import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "./env.js";
import { jsonContent } from "./schemas.js";

const HealthSchema = z
  .object({
    status: z.literal("ok"),
    version: z.string(),
    database: z.enum(["sqlite", "postgres"]),
  })
  .openapi("Health");

export function healthRoutes(version: string) {
  return newRouter().openapi(
    createRoute({
      method: "get",
      path: "/health",
      tags: ["Service"],
      summary: "Whether the service is up",
      responses: { 200: jsonContent(HealthSchema, "The service answers") },
    }),
    (c) =>
      c.json({ status: "ok" as const, version, database: c.get("ctx")?.store.dialect ?? "postgres" }, 200),
  );
}
