// Typed calls to /api/settings/mail: the mail server messages go out through (its password never shown).
import type { MailSettingsInput, MailSettingsView } from "../../services/mail-settings.service.js";
import { request } from "./http.js";

export type { MailSettingsInput, MailSettingsView };

export function getMailSettings(signal?: AbortSignal): Promise<MailSettingsView> {
  return request("GET", "/settings/mail", { signal });
}

export function updateMailSettings(input: MailSettingsInput): Promise<MailSettingsView> {
  return request("PUT", "/settings/mail", { body: input });
}

/** Sends a short test mail now, to `to` or to the sender's own address. */
export function sendTestMail(to?: string): Promise<{ sentTo: string }> {
  return request("POST", "/settings/mail/test", { body: to ? { to } : {} });
}
