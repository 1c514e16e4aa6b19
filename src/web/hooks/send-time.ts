// The send-time advice for a contact: it changes with the clock, so it is asked again every few minutes.
import { useQuery } from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import { queryKeys } from "./query-keys.js";

export function useSendTime(contactId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.sendTime(contactId ?? ""),
    queryFn: ({ signal }) =>
      call(api.contacts[":id"]["send-time"].$get({ param: byId(contactId ?? "") }, init(signal))),
    enabled: Boolean(contactId) && enabled,
    staleTime: 5 * 60_000,
  });
}
