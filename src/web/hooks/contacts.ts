// TanStack Query hooks for contacts.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { Contact } from "../../core/contact.js";
import type { ContactCreateInput, ContactUpdateInput } from "../../services/contacts.input.js";
import {
  archiveContact,
  type ContactListParams,
  createContact,
  getContact,
  listContacts,
  restoreContact,
  updateContact,
} from "../api/contacts.js";
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
      listContacts({ ...params, limit: pageSize, cursor: pageParam ?? undefined }, signal),
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
    queryFn: ({ signal }) => listContacts(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** How many contacts exist at all, archived or not (to tell a first run). */
export function useContactCount() {
  return useQuery({
    queryKey: queryKeys.contactCount,
    queryFn: ({ signal }) => listContacts({ archived: "all", limit: 1 }, signal).then((page) => page.total),
  });
}

export function useContact(id: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.contact(id ?? ""),
    queryFn: ({ signal }) => getContact(id ?? "", signal),
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
  return useMutation({ mutationFn: (input: ContactCreateInput) => createContact(input), onSuccess: saved });
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
      archived ? archiveContact(id) : restoreContact(id),
    onSuccess: saved,
  });
}
