// The account: who is signed in, the personal API token for the CLI, and (hosted mode) deleting
// the account with everything in it.
import { createRoute, z } from "@hono/zod-openapi";
import { ForbiddenError, ValidationError } from "../core/errors.js";
import { deleteAccount } from "../services/account.service.js";
import { apiTokenStatus, createApiToken, revokeApiToken } from "../services/api-tokens.service.js";
import { newRouter } from "./env.js";
import { ErrorSchema, jsonContent } from "./schemas.js";

const AccountSchema = z
  .object({
    mode: z.enum(["local", "hosted"]),
    id: z.string(),
    name: z.string(),
    email: z.string().nullable().openapi({ description: "The address signed in with (null in local mode)" }),
  })
  .openapi("Account");
const TokenStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });

export function accountRoutes(mode: "local" | "hosted") {
  return newRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/account",
        tags: ["Account"],
        summary: "Who is signed in (local mode: the one local user)",
        responses: { 200: jsonContent(AccountSchema, "The account") },
      }),
      async (c) => {
        const { id, name } = c.var.ctx.user;
        const row = mode === "hosted" ? await c.var.runtime?.system.findUser(id) : undefined;
        return c.json({ mode, id, name, email: row?.email ?? null }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/account",
        tags: ["Account"],
        summary: "Delete the account and every row of it (hosted mode); export a backup first",
        request: {
          body: {
            content: { "application/json": { schema: z.object({ confirm: z.boolean() }) } },
            required: true,
          },
        },
        responses: {
          204: { description: "Deleted; the session ends" },
          400: jsonContent(ErrorSchema, "Not confirmed"),
          403: jsonContent(ErrorSchema, "Local mode has no account to delete"),
        },
      }),
      async (c) => {
        if (mode !== "hosted") {
          throw new ForbiddenError("Local mode has no account to delete; remove its data folder instead.");
        }
        if (c.req.valid("json").confirm !== true) {
          throw new ValidationError('Deleting the account needs { "confirm": true }.', "confirm");
        }
        await deleteAccount(c.var.ctx);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/account/token",
        tags: ["Account"],
        summary: "Whether a personal API token is live",
        responses: { 200: jsonContent(TokenStatusSchema, "The token's state") },
      }),
      async (c) => c.json(await apiTokenStatus(c.var.ctx), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/account/token",
        tags: ["Account"],
        summary: "Make a personal API token for the CLI (any earlier one stops working); shown only now",
        responses: {
          201: jsonContent(z.object({ token: z.string(), createdAt: z.string() }), "The new token"),
        },
      }),
      async (c) => c.json(await createApiToken(c.var.ctx), 201),
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/account/token",
        tags: ["Account"],
        summary: "Revoke the personal API token",
        responses: { 204: { description: "Revoked" } },
      }),
      async (c) => {
        await revokeApiToken(c.var.ctx);
        return c.body(null, 204);
      },
    );
}
