// TanStack Query hooks for tasks.
import { useMutation, useQuery } from "@tanstack/react-query";
import {
  createTask,
  listTasks,
  type TaskCreateInput,
  type TaskListParams,
  type TaskUpdateInput,
  updateTask,
} from "../api/tasks.js";
import { usePracticeChanged } from "./practice.js";
import { queryKeys } from "./query-keys.js";

export function useTasks(params: TaskListParams) {
  return useQuery({
    queryKey: queryKeys.taskList(params),
    queryFn: ({ signal }) => listTasks(params, signal),
  });
}

export function useCreateTask() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: TaskCreateInput) => createTask(input),
    onSettled: () => changed(),
  });
}

export function useUpdateTask() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TaskUpdateInput }) => updateTask(id, changes),
    onSettled: () => changed(),
  });
}
