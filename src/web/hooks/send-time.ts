// The send-time advice for a contact: it changes with the clock, so it is asked again every few minutes.
import { useQuery } from "@tanstack/react-query";
import { getSendTime } from "../api/send-time.js";
import { queryKeys } from "./query-keys.js";

export function useSendTime(contactId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.sendTime(contactId ?? ""),
    queryFn: ({ signal }) => getSendTime(contactId ?? "", signal),
    enabled: Boolean(contactId) && enabled,
    staleTime: 5 * 60_000,
  });
}
