// TanStack Query hooks for tasks.
import { useMutation, useQuery } from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import type { TaskCreateInput, TaskListParams, TaskUpdateInput } from "../api/types.js";
import { usePracticeChanged } from "./practice.js";
import { queryKeys } from "./query-keys.js";

export function useTasks(params: TaskListParams) {
  return useQuery({
    queryKey: queryKeys.taskList(params),
    queryFn: ({ signal }) => call(api.tasks.$get({ query: params }, init(signal))),
  });
}

export function useCreateTask() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: TaskCreateInput) => call(api.tasks.$post({ json: input })),
    onSettled: () => changed(),
  });
}

export function useUpdateTask() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TaskUpdateInput }) =>
      call(api.tasks[":id"].$patch({ param: byId(id), json: changes })),
    onSettled: () => changed(),
  });
}
