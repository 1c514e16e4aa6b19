// TanStack Query hooks for the agenda: always fresh when the window comes back into focus.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";
import type { Agenda } from "../api/types.js";
import { queryKeys } from "./query-keys.js";

export function useAgenda() {
  return useQuery({
    queryKey: queryKeys.agenda,
    queryFn: ({ signal }) => call(api.agenda.$get(undefined, init(signal))),
    staleTime: 0,
    refetchOnWindowFocus: "always",
    // What is due moves with the clock, even when nobody touches anything.
    refetchInterval: 5 * 60_000,
  });
}

/** How many things are due and overdue, for the navigation's badge: not the whole agenda. */
export function useDueCount() {
  return useQuery({
    queryKey: [...queryKeys.agenda, "due"] as const,
    queryFn: ({ signal }) => call(api.agenda.due.$get(undefined, init(signal))),
    staleTime: 0,
    refetchOnWindowFocus: "always",
    refetchInterval: 5 * 60_000,
  });
}

/** Takes an item off the agenda in the cache at once (the server agrees on the next fetch). */
export function useRemoveAgendaItem(): (key: string) => void {
  const client = useQueryClient();
  return (key: string) =>
    client.setQueryData<Agenda>(queryKeys.agenda, (agenda) =>
      agenda
        ? {
            ...agenda,
            sections: agenda.sections.map((section) => ({
              ...section,
              items: section.items.filter((item) => item.key !== key),
            })),
          }
        : agenda,
    );
}

export function useSnooze() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, until }: { key: string; until?: string }) => snoozeAgendaItem(key, until),
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.agenda }),
  });
}

/** Hides an item until a moment (tomorrow 08:00 the user's time when omitted). */
export function snoozeAgendaItem(key: string, until?: string) {
  return call(api.agenda.snooze.$post({ json: until ? { key, until } : { key } }));
}
