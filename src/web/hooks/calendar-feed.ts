// TanStack Query hooks for the calendar feed: whether one is live, make a new one, revoke it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";
import { queryKeys } from "./query-keys.js";

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
      client.setQueryData(queryKeys.calendarFeed, { active: true, createdAt: feed.createdAt }),
  });
}

export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api["calendar-feed"].$delete()),
    onSuccess: () => client.setQueryData(queryKeys.calendarFeed, { active: false, createdAt: null }),
  });
}
