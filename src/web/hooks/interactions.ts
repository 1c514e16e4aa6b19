// TanStack Query hook for logging a touch.
import { useMutation } from "@tanstack/react-query";
import { api, call } from "../api/client.js";
import type { InteractionCreateInput } from "../api/types.js";
import { usePracticeChanged } from "./practice.js";

export function useLogInteraction() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: InteractionCreateInput) => call(api.interactions.$post({ json: input })),
    onSettled: () => changed(),
  });
}
