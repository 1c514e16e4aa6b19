// Typed calls to /api/goals: what I am exploring, the decisions, and goals side by side.
import type { Goal, GoalComparison, GoalCriterion } from "../../core/goal.js";
import type { GoalCreateInput, GoalUpdateInput } from "../../services/goals.input.js";
import type { GoalDetail } from "../../services/goals.service.js";
import { request } from "./http.js";

export type { Goal, GoalComparison, GoalCreateInput, GoalDetail, GoalUpdateInput };

export function listGoals(
  params: { archived?: "false" | "true" | "all" },
  signal?: AbortSignal,
): Promise<{ items: Goal[] }> {
  return request("GET", "/goals", { query: { ...params }, signal });
}

export function getGoal(id: string, signal?: AbortSignal): Promise<GoalDetail> {
  return request("GET", `/goals/${encodeURIComponent(id)}`, { signal });
}

export function createGoal(input: GoalCreateInput): Promise<Goal> {
  return request("POST", "/goals", { body: input });
}

export function updateGoal(id: string, input: GoalUpdateInput): Promise<Goal> {
  return request("PATCH", `/goals/${encodeURIComponent(id)}`, { body: input });
}

/** Archives a goal; its conversations and insights stay. */
export function archiveGoal(id: string): Promise<Goal> {
  return request("DELETE", `/goals/${encodeURIComponent(id)}`);
}

export function compareGoals(
  ids: readonly string[],
  criteria: readonly GoalCriterion[] | undefined,
  signal?: AbortSignal,
): Promise<GoalComparison> {
  return request("GET", "/goals/compare", {
    query: { ids: ids.join(","), criteria: criteria && criteria.length > 0 ? criteria.join(",") : undefined },
    signal,
  });
}
