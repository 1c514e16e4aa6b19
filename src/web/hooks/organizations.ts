// TanStack Query hooks for organisations.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import type { Organization, OrganizationListParams, OrganizationUpdateInput } from "../api/types.js";
import { queryKeys } from "./query-keys.js";

/** Organisations matching a search, for pickers (one page, no paging). */
export function useOrganizationSearch(q: string, limit = 20) {
  const params: OrganizationListParams = { q: q.trim() || undefined, limit };
  return useQuery({
    queryKey: queryKeys.organizationList(params),
    queryFn: ({ signal }) => call(api.organizations.$get({ query: params }, init(signal))),
    placeholderData: keepPreviousData,
  });
}

export function useOrganizationsInfinite(
  params: Omit<OrganizationListParams, "cursor" | "limit">,
  pageSize = 50,
) {
  return useInfiniteQuery({
    queryKey: queryKeys.organizationList({ ...params, limit: pageSize }),
    queryFn: ({ pageParam, signal }) =>
      call(
        api.organizations.$get(
          { query: { ...params, limit: pageSize, cursor: pageParam ?? undefined } },
          init(signal),
        ),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.organization(id ?? ""),
    queryFn: ({ signal }) => call(api.organizations[":id"].$get({ param: byId(id ?? "") }, init(signal))),
    enabled: Boolean(id),
  });
}

function useOrganizationSaved() {
  const client = useQueryClient();
  return (organization: Organization) => {
    client.setQueryData(queryKeys.organization(organization.id), organization);
    void client.invalidateQueries({
      queryKey: queryKeys.organizations,
      predicate: (query) => query.queryKey[1] !== "detail" || query.queryKey[2] !== organization.id,
    });
    // Contacts show the organisation's name.
    void client.invalidateQueries({ queryKey: queryKeys.contacts });
  };
}

export function useUpdateOrganization(id: string) {
  const saved = useOrganizationSaved();
  return useMutation({
    mutationFn: (input: OrganizationUpdateInput) =>
      call(api.organizations[":id"].$patch({ param: byId(id), json: input })),
    onSuccess: saved,
  });
}

export function useSetOrganizationArchived() {
  const saved = useOrganizationSaved();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      call(
        archived
          ? api.organizations[":id"].archive.$post({ param: byId(id) })
          : api.organizations[":id"].restore.$post({ param: byId(id) }),
      ),
    onSuccess: saved,
  });
}
