// The command palette's searches: everything (people, organisations, conversations and their
// notes, messages, goals, tasks, give and take), and people alone for the person picker.
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";
import { roleLine } from "../lib/format.js";

/** One search result as the palette shows it. */
export interface SearchItem {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  contactId?: string | null;
  conversationId?: string | null;
}

/** People whose name (or e-mail, organisation, tags) matches, as search results. */
export function usePeopleSearch(query: string, enabled: boolean, limit = 8) {
  const [q] = useDebouncedValue(query.trim(), 120);
  return useQuery({
    queryKey: ["contacts", "list", { q: q || undefined, limit, sort: "name", picker: true }] as const,
    queryFn: async ({ signal }): Promise<SearchItem[]> => {
      const page = await call(
        api.contacts.$get({ query: { q: q || undefined, limit, sort: "name" } }, init(signal)),
      );
      return page.items.map((contact) => ({
        kind: "contact",
        id: contact.id,
        title: contact.fullName,
        snippet: roleLine(contact.title, contact.organization),
        contactId: contact.id,
      }));
    },
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Everything that matches, best first (people, organisations, conversations, notes, messages…). */
export function useSearch(query: string, enabled: boolean, limit = 12) {
  const [q] = useDebouncedValue(query.trim(), 120);
  return useQuery({
    queryKey: ["search", { q, limit }] as const,
    queryFn: async ({ signal }): Promise<SearchItem[]> =>
      (await call(api.search.$get({ query: { q, limit } }, init(signal)))).items,
    enabled: enabled && q !== "",
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}
