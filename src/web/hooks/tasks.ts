// TanStack Query hooks for tasks.
import { useMutation } from "@tanstack/react-query";
import { type TaskUpdateInput, updateTask } from "../api/tasks.js";
import { usePracticeChanged } from "./practice.js";

export function useUpdateTask() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TaskUpdateInput }) => updateTask(id, changes),
    onSettled: () => changed(),
  });
}
