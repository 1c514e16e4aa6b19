// Goals (explorations): create, change, decide, archive; a goal's page; goals side by side.

import { NotFoundError, ValidationError } from "../core/errors.js";
import {
  compareGoals as compare,
  decisionNeedsReason,
  type Goal,
  type GoalComparison,
  mergeAssessment,
} from "../core/goal.js";
import {
  GoalCompareQuery,
  GoalCreateInput,
  GoalListQuery,
  GoalUpdateInput,
  type GoalValues,
} from "../core/goal.schema.js";
import type { Insight } from "../core/insight.schema.js";
import type { GoalConversation } from "../db/goals.repository.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

export interface GoalDetail extends Goal {
  conversations: Omit<GoalConversation, "goalId">[];
  insights: Insight[];
}

export async function getGoal(ctx: ServiceContext, id: string): Promise<Goal> {
  const goal = await ctx.repos.goals.find(id);
  if (!goal) throw new NotFoundError("goal", id);
  return goal;
}

export async function getGoalDetail(ctx: ServiceContext, id: string): Promise<GoalDetail> {
  const goal = await getGoal(ctx, id);
  const [conversations, insights] = await Promise.all([
    ctx.repos.goals.conversations([id]),
    ctx.repos.insights.list({ goalIds: [id] }),
  ]);
  return { ...goal, conversations: conversations.map(({ goalId: _, ...c }) => c), insights };
}

export async function listGoals(ctx: ServiceContext, raw: GoalListQuery): Promise<Goal[]> {
  const query = parseInput(GoalListQuery, raw);
  return ctx.repos.goals.list({ archived: query.archived ?? "false", kind: query.kind });
}

export async function createGoal(ctx: ServiceContext, raw: GoalCreateInput): Promise<Goal> {
  const input = parseInput(GoalCreateInput, raw);
  const values: GoalValues = {
    title: input.title,
    description: input.description?.trim() ?? "",
    learnPhrase: input.learnPhrase ?? "",
    kind: input.kind,
    decision: null,
    decisionReason: "",
    decidedAt: null,
    assessment: mergeAssessment({}, input.assessment ?? {}),
    archivedAt: null,
  };
  const id = await ctx.repos.goals.create(values, nowIso(ctx));
  return getGoal(ctx, id);
}

/**
 * Changes a goal. A decision is dated now; pursue and eliminate need their reason in the same
 * request, so the reason always belongs to the decision it explains.
 */
export async function updateGoal(ctx: ServiceContext, id: string, raw: GoalUpdateInput): Promise<Goal> {
  const input = parseInput(GoalUpdateInput, raw);
  const current = await getGoal(ctx, id);
  const now = nowIso(ctx);
  const patch: Partial<GoalValues> = {};
  if (input.title !== undefined) patch.title = input.title;
  if (input.kind !== undefined) patch.kind = input.kind;
  if (input.description !== undefined) patch.description = input.description.trim();
  if (input.learnPhrase !== undefined) patch.learnPhrase = input.learnPhrase;
  if (input.decision !== undefined) {
    const reason = input.decisionReason?.trim() ?? "";
    if (decisionNeedsReason(input.decision) && reason === "") {
      throw new ValidationError(
        `decisionReason: say why you decided to ${input.decision} this goal; the reason is what makes the decision useful later.`,
        "decisionReason",
      );
    }
    patch.decision = input.decision;
    patch.decisionReason = reason;
    patch.decidedAt = now;
  } else if (input.decisionReason !== undefined) {
    patch.decisionReason = input.decisionReason.trim();
  }
  if (input.assessment !== undefined)
    patch.assessment = mergeAssessment(current.assessment, input.assessment);
  if (input.archived !== undefined && input.archived !== current.archived) {
    patch.archivedAt = input.archived ? now : null;
  }
  await ctx.repos.goals.update(id, patch, now);
  return getGoal(ctx, id);
}

export const archiveGoal = (ctx: ServiceContext, id: string) => updateGoal(ctx, id, { archived: true });

/** Goals of the same kind side by side: criteria, scores and notes, decision, conversations, fit. */
export async function compareGoals(ctx: ServiceContext, raw: GoalCompareQuery): Promise<GoalComparison> {
  const query = parseInput(GoalCompareQuery, raw);
  const goals = await ctx.repos.goals.findMany(query.ids);
  const missing = query.ids.find((id) => !goals.some((g) => g.id === id));
  if (missing !== undefined) throw new NotFoundError("goal", missing);
  const ordered = query.ids.map((id) => goals.find((g) => g.id === id) as Goal);
  const kinds = new Set(ordered.map((g) => g.kind));
  if (kinds.size > 1) {
    throw new ValidationError(
      `ids: only goals of the same kind can be compared; these are of kinds ${[...kinds].join(", ")}.`,
      "ids",
    );
  }
  const conversations = await ctx.repos.goals.conversations(query.ids);
  return compare(
    ordered.map((goal) => {
      const own = conversations.filter((c) => c.goalId === goal.id);
      return { goal, conversationCount: own.length, fitRatings: own.map((c) => c.fitRating) };
    }),
    query.criteria,
  );
}
