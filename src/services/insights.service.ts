// Insights: what I learned, from a conversation, towards a goal.
import { NotFoundError, ValidationError } from "../core/errors.js";
import { type Insight, InsightInput, InsightListQuery } from "../core/insight.schema.js";
import { nowIso, type ServiceContext } from "./context.js";
import { getConversation } from "./conversations.service.js";
import { parseInput } from "./errors.js";

export async function addInsight(
  ctx: ServiceContext,
  conversationId: string,
  raw: InsightInput,
): Promise<Insight> {
  const input = parseInput(InsightInput, raw);
  const conversation = await getConversation(ctx, conversationId);
  const goalId = input.goalId || null; // "" from a form means no goal
  if (goalId && !(await ctx.repos.goals.find(goalId)))
    throw new ValidationError(`goalId: no goal with id ${goalId}.`, "goalId");
  const id = await ctx.repos.insights.create(
    { conversationId, goalId, contactId: conversation.contactId, text: input.text },
    nowIso(ctx),
  );
  const insight = await ctx.repos.insights.find(id);
  if (!insight) throw new NotFoundError("insight", id);
  return insight;
}

/** Insights, newest first; filtered by goal, conversation or person. */
export async function listInsights(ctx: ServiceContext, raw: InsightListQuery): Promise<Insight[]> {
  const query = parseInput(InsightListQuery, raw);
  return ctx.repos.insights.list({
    goalIds: query.goalId ? [query.goalId] : undefined,
    conversationId: query.conversationId,
    contactId: query.contactId,
  });
}

export async function deleteInsight(ctx: ServiceContext, id: string): Promise<void> {
  if (!(await ctx.repos.insights.delete(id))) throw new NotFoundError("insight", id);
}
