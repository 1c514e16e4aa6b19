// TanStack Query hooks for contacts.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import type { Contact, ContactCreateInput, ContactListParams, ContactUpdateInput } from "../api/types.js";
import { queryKeys } from "./query-keys.js";

const PAGE_SIZE = 100;

/** Contacts matching the filters, page after page through `nextCursor`. */
export function useContactsInfinite(
  params: Omit<ContactListParams, "cursor" | "limit">,
  pageSize = PAGE_SIZE,
) {
  return useInfiniteQuery({
    queryKey: queryKeys.contactList({ ...params, limit: pageSize }),
    queryFn: ({ pageParam, signal }) =>
      call(
        api.contacts.$get(
          { query: { ...params, limit: pageSize, cursor: pageParam ?? undefined } },
          init(signal),
        ),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** Contacts matching a search, for pickers (one page, no paging). */
export function useContactSearch(q: string, limit = 20) {
  const params: ContactListParams = { q: q.trim() || undefined, limit, sort: "name" };
  return useQuery({
    queryKey: queryKeys.contactList(params),
    queryFn: ({ signal }) => call(api.contacts.$get({ query: params }, init(signal))),
    placeholderData: keepPreviousData,
  });
}

/** How many contacts exist at all, archived or not (to tell a first run). */
export function useContactCount() {
  return useQuery({
    queryKey: queryKeys.contactCount,
    queryFn: ({ signal }) =>
      call(api.contacts.$get({ query: { archived: "all", limit: 1 } }, init(signal))).then(
        (page) => page.total,
      ),
  });
}

export function useContact(id: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.contact(id ?? ""),
    queryFn: ({ signal }) => call(api.contacts[":id"].$get({ param: byId(id ?? "") }, init(signal))),
    enabled: Boolean(id),
  });
}

/** After a change: the contact's own cache is fresh, every list and count is refetched. */
function useContactSaved() {
  const client = useQueryClient();
  return (contact: Contact) => {
    client.setQueryData(queryKeys.contact(contact.id), contact);
    void client.invalidateQueries({
      queryKey: queryKeys.contacts,
      predicate: (query) => query.queryKey[1] !== "detail" || query.queryKey[2] !== contact.id,
    });
    void client.invalidateQueries({ queryKey: queryKeys.tags });
    void client.invalidateQueries({ queryKey: queryKeys.organizations });
  };
}

export function useCreateContact() {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: (input: ContactCreateInput) => call(api.contacts.$post({ json: input })),
    onSuccess: saved,
  });
}

export function useUpdateContact(id: string) {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: (input: ContactUpdateInput) => updateContact(id, input),
    onSuccess: saved,
  });
}

export function useSetContactArchived() {
  const saved = useContactSaved();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      call(
        archived
          ? api.contacts[":id"].archive.$post({ param: byId(id) })
          : api.contacts[":id"].restore.$post({ param: byId(id) }),
      ),
    onSuccess: saved,
  });
}

/** Saves a change to a contact (for the few places that change one outside its form). */
export function updateContact(id: string, input: ContactUpdateInput): Promise<Contact> {
  return call(api.contacts[":id"].$patch({ param: byId(id), json: input }));
}
