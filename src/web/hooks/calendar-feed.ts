// TanStack Query hooks for the calendar feed: whether one is live, make a new one, revoke it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from "../api/calendar-feed.js";
import { queryKeys } from "./query-keys.js";

export function useCalendarFeed() {
  return useQuery({ queryKey: queryKeys.calendarFeed, queryFn: ({ signal }) => getCalendarFeed(signal) });
}

export function useCreateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (feed) =>
      client.setQueryData(queryKeys.calendarFeed, { active: true, createdAt: feed.createdAt }),
  });
}

export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => client.setQueryData(queryKeys.calendarFeed, { active: false, createdAt: null }),
  });
}
