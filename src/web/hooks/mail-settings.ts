// TanStack Query hooks for the mail settings: which server sends, from which address, and a test mail.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  getMailSettings,
  type MailSettingsInput,
  sendTestMail,
  updateMailSettings,
} from "../api/mail-settings.js";
import { queryKeys } from "./query-keys.js";

export function useMailSettings() {
  return useQuery({ queryKey: queryKeys.mailSettings, queryFn: ({ signal }) => getMailSettings(signal) });
}

export function useUpdateMailSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MailSettingsInput) => updateMailSettings(input),
    onSuccess: (saved) => client.setQueryData(queryKeys.mailSettings, saved),
  });
}

export function useSendTestMail() {
  return useMutation({ mutationFn: (to?: string) => sendTestMail(to) });
}
