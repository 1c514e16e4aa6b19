// TanStack Query hooks for goals: the list, one goal, a decision, and goals side by side.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GoalCriterion } from "../../core/goal.js";
import {
  archiveGoal,
  compareGoals,
  createGoal,
  type GoalCreateInput,
  type GoalDetail,
  type GoalUpdateInput,
  getGoal,
  listGoals,
  updateGoal,
} from "../api/goals.js";
import { prepKeys } from "./preparation-keys.js";

export function useGoals(archived: "false" | "true" | "all" = "false") {
  return useQuery({
    queryKey: prepKeys.goalList(archived),
    queryFn: ({ signal }) => listGoals({ archived }, signal),
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
    queryFn: ({ signal }) => compareGoals(ids, criteria, signal),
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
    mutationFn: (input: GoalCreateInput) => createGoal(input),
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
      archived ? archiveGoal(id) : updateGoal(id, { archived: false }),
    onSuccess: () => changed(),
  });
}
