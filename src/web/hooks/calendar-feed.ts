// TanStack Query hooks for the calendar feed: whether one is live, make a new one, revoke it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";
import { queryKeys } from "./query-keys.js";

interface FeedState {
  active: boolean;
  createdAt: string | null;
  reachable: boolean;
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: queryKeys.calendarFeed,
    queryFn: ({ signal }) => call(api["calendar-feed"].$get(undefined, init(signal))),
  });
}

export function useCreateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api["calendar-feed"].$post()),
    onSuccess: (feed) =>
      client.setQueryData(queryKeys.calendarFeed, (old: FeedState | undefined) => ({
        active: true,
        createdAt: feed.createdAt,
        reachable: old?.reachable ?? false,
      })),
  });
}

export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api["calendar-feed"].$delete()),
    onSuccess: () =>
      client.setQueryData(queryKeys.calendarFeed, (old: FeedState | undefined) => ({
        active: false,
        createdAt: null,
        reachable: old?.reachable ?? false,
      })),
  });
}
