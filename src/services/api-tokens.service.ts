// Personal API tokens (hosted mode): a secret the CLI and scripts send instead of a session. One
// live token per person; making a new one revokes the old. Only its hash is kept.
import { createHash, randomBytes } from "node:crypto";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";

export const API_TOKEN_PURPOSE = "api";

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function apiTokenStatus(
  ctx: ServiceContext,
): Promise<{ active: boolean; createdAt: string | null }> {
  const createdAt = await ctx.repos.feedTokens.liveSince(API_TOKEN_PURPOSE);
  return { active: createdAt !== undefined, createdAt: createdAt ?? null };
}

/** A new token, shown only now; any earlier one stops working. */
export async function createApiToken(ctx: ServiceContext): Promise<{ token: string; createdAt: string }> {
  const token = `cc_${randomBytes(24).toString("base64url")}`;
  const now = nowIso(ctx);
  await withTransaction(ctx, async (tx) => {
    await tx.repos.feedTokens.revoke(API_TOKEN_PURPOSE, now);
    await tx.repos.feedTokens.create(tokenHash(token), API_TOKEN_PURPOSE, now);
  });
  return { token, createdAt: now };
}

export async function revokeApiToken(ctx: ServiceContext): Promise<void> {
  await ctx.repos.feedTokens.revoke(API_TOKEN_PURPOSE, nowIso(ctx));
}
