// TanStack Query hooks for the mail settings: which server sends, from which address, and a test mail.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";
import type { MailSettingsInput } from "../api/types.js";
import { queryKeys } from "./query-keys.js";

export function useMailSettings() {
  return useQuery({
    queryKey: queryKeys.mailSettings,
    queryFn: ({ signal }) => call(api.settings.mail.$get(undefined, init(signal))),
  });
}

export function useUpdateMailSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MailSettingsInput) => call(api.settings.mail.$put({ json: input })),
    onSuccess: (saved) => client.setQueryData(queryKeys.mailSettings, saved),
  });
}

export function useSendTestMail() {
  /** Sends a short test mail now, to `to` or to the sender's own address. */
  return useMutation({
    mutationFn: (to?: string) => call(api.settings.mail.test.$post({ json: to ? { to } : {} })),
  });
}
