import { OpenAPIHono } from "@hono/zod-openapi";
import type { ServiceContext } from "../services/context.js";
import type { Runtime } from "../services/runtime.js";
import { validationHook } from "./errors.js";

/** What is not one user's, for the few routes that find their user themselves (calendar feeds). */
export type AppRuntime = Pick<Runtime, "system" | "contextFor">;

/** What a request carries: the service context of whoever is asking. */
export interface AppEnv {
  Variables: { ctx: ServiceContext; runtime: AppRuntime | undefined; requestId: string; publicUrl: string };
}

/** A router whose invalid requests answer 400 naming the field. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
