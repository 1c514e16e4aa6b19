// TanStack Query hooks for the settings; a change re-plans the agenda and the send-time advice.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getSettings, type SettingsInput, updateSettings } from "../api/settings.js";
import { queryKeys } from "./query-keys.js";

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: ({ signal }) => getSettings(signal) });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SettingsInput) => updateSettings(input),
    onSuccess: async (saved) => {
      client.setQueryData(queryKeys.settings, saved);
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.agenda }),
        client.invalidateQueries({ queryKey: ["contacts", "send-time"] }),
      ]);
    },
  });
}
