// TanStack Query hooks for the centre's alumni directory: the search, my own profile, and adding
// a person to my contacts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import type { AlumniProfileInput, AlumniSearchParams } from "../api/types.js";
import { queryKeys } from "./query-keys.js";

const alumniKeys = {
  all: ["alumni"] as const,
  search: (params: AlumniSearchParams) => ["alumni", "search", params] as const,
  profile: ["alumni", "profile"] as const,
};

export function useAlumniSearch(params: AlumniSearchParams) {
  return useQuery({
    queryKey: alumniKeys.search(params),
    queryFn: ({ signal }) => call(api.alumni.$get({ query: params }, init(signal))),
    placeholderData: keepPreviousData,
  });
}

export function useMyAlumniProfile() {
  return useQuery({
    queryKey: alumniKeys.profile,
    queryFn: ({ signal }) => call(api.alumni.profile.$get({}, init(signal))),
  });
}

export function useSaveAlumniProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AlumniProfileInput) => call(api.alumni.profile.$put({ json: input })),
    onSuccess: () => client.invalidateQueries({ queryKey: alumniKeys.all }),
  });
}

export function useDeleteAlumniProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.alumni.profile.$delete()),
    onSuccess: () => client.invalidateQueries({ queryKey: alumniKeys.all }),
  });
}

/** Adds a person of the directory to my contacts; answers the new contact's id. */
export function useContactAlum() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.alumni[":id"].contact.$post({ param: byId(id) })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: alumniKeys.all }),
        client.invalidateQueries({ queryKey: queryKeys.contacts }),
      ]),
  });
}
