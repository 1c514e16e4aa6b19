// TanStack Query hooks for the exchange ledger of a contact.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import type { ExchangeInput } from "../api/types.js";
import { prepKeys } from "./preparation-keys.js";
import { queryKeys } from "./query-keys.js";

export function useLedger(contactId: string) {
  return useQuery({
    queryKey: prepKeys.ledger(contactId),
    queryFn: ({ signal }) =>
      call(api.contacts[":id"].exchanges.$get({ param: byId(contactId) }, init(signal))),
  });
}

/** After a change: the ledger, and Today (whose give-back suggestions follow it). */
function useLedgerChanged(contactId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: prepKeys.ledger(contactId) }),
      client.invalidateQueries({ queryKey: queryKeys.agenda }),
    ]);
}

export function useAddExchange(contactId: string) {
  const changed = useLedgerChanged(contactId);
  return useMutation({
    mutationFn: (input: ExchangeInput) =>
      call(api.contacts[":id"].exchanges.$post({ param: byId(contactId), json: input })),
    onSuccess: () => changed(),
  });
}

export function useDeleteExchange(contactId: string) {
  const changed = useLedgerChanged(contactId);
  return useMutation({
    mutationFn: (id: string) => call(api.exchanges[":id"].$delete({ param: byId(id) })),
    onSuccess: () => changed(),
  });
}
