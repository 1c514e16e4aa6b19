import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "./env.js";
import { jsonContent } from "./schemas.js";

/** How people sign in, as the web app needs to know before anyone has (hosted mode). */
export interface SignInOptions {
  mode: "local" | "hosted";
  /** New accounts by e-mail and password are open. */
  signUp: boolean;
  /** The centre's identity provider's name ("Sign in with …"), or null without single sign-on. */
  singleSignOn: string | null;
}

const HealthSchema = z
  .object({
    status: z.literal("ok"),
    version: z.string(),
    database: z.enum(["sqlite", "postgres"]),
    mode: z.enum(["local", "hosted"]).openapi({ description: "local: no account; hosted: people sign in" }),
    signUp: z
      .boolean()
      .openapi({ description: "Hosted mode: new accounts can be made by e-mail and password" }),
    singleSignOn: z
      .string()
      .nullable()
      .openapi({ description: "Hosted mode: the name of the centre's sign-in, or null without one" }),
  })
  .openapi("Health");

export function healthRoutes(version: string, signIn: SignInOptions) {
  return newRouter().openapi(
    createRoute({
      method: "get",
      path: "/health",
      tags: ["Service"],
      summary: "Whether the service is up, and how people sign in",
      responses: { 200: jsonContent(HealthSchema, "The service answers") },
    }),
    (c) =>
      c.json(
        {
          status: "ok" as const,
          version,
          database: c.get("ctx")?.store.dialect ?? "postgres",
          mode: signIn.mode,
          signUp: signIn.mode === "hosted" && signIn.signUp,
          singleSignOn: signIn.mode === "hosted" ? signIn.singleSignOn : null,
        },
        200,
      ),
  );
}
