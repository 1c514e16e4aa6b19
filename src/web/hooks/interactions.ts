// TanStack Query hook for logging a touch.
import { useMutation } from "@tanstack/react-query";
import { createInteraction, type InteractionCreateInput } from "../api/interactions.js";
import { usePracticeChanged } from "./practice.js";

export function useLogInteraction() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: InteractionCreateInput) => createInteraction(input),
    onSettled: () => changed(),
  });
}
