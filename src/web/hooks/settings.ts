// TanStack Query hooks for the settings; a change re-plans the agenda and the send-time advice.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";
import type { SettingsInput } from "../api/types.js";
import { queryKeys } from "./query-keys.js";

export function useSettings() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: ({ signal }) => call(api.settings.$get(undefined, init(signal))),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SettingsInput) => call(api.settings.$patch({ json: input })),
    onSuccess: async (saved) => {
      client.setQueryData(queryKeys.settings, saved);
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.agenda }),
        client.invalidateQueries({ queryKey: ["contacts", "send-time"] }),
      ]);
    },
  });
}
