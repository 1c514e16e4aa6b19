// TanStack Query hooks for who knows what.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";

/** People ranked for a topic, with the evidence; nothing is asked for an empty topic. */
export function useExpertise(q: string) {
  const topic = q.trim();
  return useQuery({
    queryKey: ["expertise", topic],
    queryFn: ({ signal }) => call(api.expertise.$get({ query: { q: topic } }, init(signal))),
    enabled: topic.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Topics to ask a person about. */
export function useAskAbout(contactId: string) {
  return useQuery({
    queryKey: ["ask-about", contactId],
    queryFn: ({ signal }) =>
      call(api.contacts[":id"]["ask-about"].$get({ param: byId(contactId) }, init(signal))),
  });
}
