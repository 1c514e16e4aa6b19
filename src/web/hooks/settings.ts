// TanStack Query hooks for the settings; a change re-plans the agenda and the send-time advice.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api, call, init } from "../api/client.js";
import type { SettingsInput } from "../api/types.js";
import { sameDateStyleChoice, saveDateStyleChoice, storedDateStyleChoice } from "../lib/date-style.js";
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

/**
 * Writes dates and times as the user's settings say (kept on the server, so that the prep sheet, the
 * send-time advice and the CLI write them alike). A choice made in this browser before it was kept
 * with the settings is sent up once.
 */
export function useDateStyleFromSettings() {
  const settings = useSettings();
  const { mutate } = useUpdateSettings();
  const time = settings.data?.dateStyle.time;
  const dates = settings.data?.dateStyle.dates;
  useEffect(() => {
    if (!time || !dates) return;
    const kept = { time, dates };
    const local = storedDateStyleChoice();
    if (sameDateStyleChoice(kept, local)) return;
    if (sameDateStyleChoice(kept, { time: "auto", dates: "auto" })) mutate({ dateStyle: local });
    else saveDateStyleChoice(kept);
  }, [time, dates, mutate]);
}
