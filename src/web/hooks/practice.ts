// After anything that moves the practice on (a stage, a message, a touch, a task), what must be asked again.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { queryKeys } from "./query-keys.js";

/** Refetches conversations, the agenda, tasks, messages and contacts (whose last and next touch may have changed). */
export function usePracticeChanged(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.conversations }),
      client.invalidateQueries({ queryKey: queryKeys.agenda }),
      client.invalidateQueries({ queryKey: queryKeys.contacts }),
      client.invalidateQueries({ queryKey: queryKeys.tasks }),
      client.invalidateQueries({ queryKey: queryKeys.messages }),
    ]);
  }, [client]);
}
