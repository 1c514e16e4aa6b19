// TanStack Query hooks for a career centre's cohorts: my place at the centre, the cohorts I lead or
// joined, a cohort's progress and invitation link, what I share, and who read my figures.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import type { Sharing } from "../api/types.js";

export const centreKeys = {
  me: ["centre", "me"] as const,
  cohorts: ["centre", "cohorts"] as const,
  progress: (id: string) => ["centre", "cohorts", "progress", id] as const,
  invitation: (id: string) => ["centre", "cohorts", "invitation", id] as const,
  reads: ["centre", "reads"] as const,
};

/** Whether this is a centre (hosted mode) and my role there; the sidebar reads it. */
export function useCentreMe() {
  return useQuery({
    queryKey: centreKeys.me,
    queryFn: ({ signal }) => call(api.centre.me.$get({}, init(signal))),
    staleTime: 5 * 60_000,
  });
}

export function useCohorts() {
  return useQuery({
    queryKey: centreKeys.cohorts,
    queryFn: ({ signal }) => call(api.cohorts.$get({}, init(signal))),
  });
}

export function useCohortProgress(id: string) {
  return useQuery({
    queryKey: centreKeys.progress(id),
    queryFn: ({ signal }) => call(api.cohorts[":id"].progress.$get({ param: byId(id) }, init(signal))),
  });
}

/** The invitation link of a cohort I lead (the same link each time it is asked for). */
export function useCohortInvitation(id: string) {
  return useQuery({
    queryKey: centreKeys.invitation(id),
    queryFn: ({ signal }) => call(api.cohorts[":id"].invitations.$post({ param: byId(id) }, init(signal))),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAdvisorReads() {
  return useQuery({
    queryKey: centreKeys.reads,
    queryFn: ({ signal }) => call(api.cohorts.reads.$get({}, init(signal))),
  });
}

function useCohortsChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ["centre"] });
}

export function useCreateCohort() {
  const changed = useCohortsChanged();
  return useMutation({
    mutationFn: (name: string) => call(api.cohorts.$post({ json: { name } })),
    onSuccess: () => changed(),
  });
}

export function useJoinCohort() {
  const changed = useCohortsChanged();
  return useMutation({
    mutationFn: (input: { token: string; sharing: Sharing }) => call(api.cohorts.join.$post({ json: input })),
    onSuccess: () => changed(),
  });
}

export function useSetSharing() {
  const changed = useCohortsChanged();
  return useMutation({
    mutationFn: ({ id, sharing }: { id: string; sharing: Sharing }) =>
      call(api.cohorts[":id"].sharing.$put({ param: byId(id), json: { sharing } })),
    onSuccess: () => changed(),
  });
}

export function useLeaveCohort() {
  const changed = useCohortsChanged();
  return useMutation({
    mutationFn: (id: string) => call(api.cohorts[":id"].membership.$delete({ param: byId(id) })),
    onSuccess: () => changed(),
  });
}
