import { OpenAPIHono } from "@hono/zod-openapi";
import type { ServiceContext } from "../services/context.js";
import { validationHook } from "./errors.js";

/** What a request carries: the service context of whoever is asking. */
export interface AppEnv {
  Variables: { ctx: ServiceContext; requestId: string; publicUrl: string };
}

/** A router whose invalid requests answer 400 naming the field. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
