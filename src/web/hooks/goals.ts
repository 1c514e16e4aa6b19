// TanStack Query hooks for goals: the list, one goal, a decision, and goals side by side.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GoalCriterion } from "../../core/goal.js";
import { api, byId, call, init } from "../api/client.js";
import type { Goal, GoalCreateInput, GoalDetail, GoalUpdateInput } from "../api/types.js";
import { prepKeys } from "./preparation-keys.js";

/** One goal with its conversations, insights and fit (GoalsPage reads several at once). */
export function getGoal(id: string, signal?: AbortSignal): Promise<GoalDetail> {
  return call(api.goals[":id"].$get({ param: byId(id) }, init(signal)));
}

function updateGoal(id: string, changes: GoalUpdateInput): Promise<Goal> {
  return call(api.goals[":id"].$patch({ param: byId(id), json: changes }));
}

export function useGoals(archived: "false" | "true" | "all" = "false") {
  return useQuery({
    queryKey: prepKeys.goalList(archived),
    queryFn: ({ signal }) => call(api.goals.$get({ query: { archived } }, init(signal))),
  });
}

export function useGoal(id: string | null | undefined) {
  return useQuery({
    queryKey: prepKeys.goal(id ?? ""),
    queryFn: ({ signal }) => getGoal(id ?? "", signal),
    enabled: Boolean(id),
  });
}

export function useGoalComparison(ids: readonly string[], criteria: readonly GoalCriterion[]) {
  return useQuery({
    queryKey: prepKeys.goalComparison(ids, criteria),
    queryFn: ({ signal }) => {
      const query = { ids: ids.join(","), criteria: criteria.length > 0 ? criteria.join(",") : undefined };
      return call(api.goals.compare.$get({ query }, init(signal)));
    },
    enabled: ids.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** After a change: goals and prep sheets (which name the goals) are asked again. */
function useGoalsChanged() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: prepKeys.goals }),
      client.invalidateQueries({ queryKey: ["prep"] }),
    ]);
}

export function useCreateGoal() {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: GoalCreateInput) => call(api.goals.$post({ json: input })),
    onSuccess: () => changed(),
  });
}

export function useUpdateGoal() {
  const client = useQueryClient();
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: GoalUpdateInput }) => updateGoal(id, changes),
    onSuccess: (saved) => {
      client.setQueryData<GoalDetail>(prepKeys.goal(saved.id), (detail) =>
        detail ? { ...detail, ...saved } : detail,
      );
      void changed();
    },
  });
}

export function useArchiveGoal() {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      archived ? call(api.goals[":id"].$delete({ param: byId(id) })) : updateGoal(id, { archived: false }),
    onSuccess: () => changed(),
  });
}
