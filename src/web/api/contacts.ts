// Typed calls to /api/contacts.
import type { Contact } from "../../core/contact.js";
import type { Page } from "../../core/page.js";
import type { ContactCreateInput, ContactSort, ContactUpdateInput } from "../../services/contacts.input.js";
import { request } from "./http.js";

export type ArchivedFilter = "false" | "true" | "all";

export interface ContactListParams {
  q?: string;
  tag?: string;
  source?: string;
  organizationId?: string;
  archived?: ArchivedFilter;
  sort?: ContactSort;
  limit?: number;
  cursor?: string;
}

export function listContacts(params: ContactListParams, signal?: AbortSignal): Promise<Page<Contact>> {
  return request("GET", "/contacts", { query: { ...params }, signal });
}

export function getContact(id: string, signal?: AbortSignal): Promise<Contact> {
  return request("GET", `/contacts/${encodeURIComponent(id)}`, { signal });
}

export function createContact(input: ContactCreateInput): Promise<Contact> {
  return request("POST", "/contacts", { body: input });
}

export function updateContact(id: string, input: ContactUpdateInput): Promise<Contact> {
  return request("PATCH", `/contacts/${encodeURIComponent(id)}`, { body: input });
}

export function archiveContact(id: string): Promise<Contact> {
  return request("POST", `/contacts/${encodeURIComponent(id)}/archive`);
}

export function restoreContact(id: string): Promise<Contact> {
  return request("POST", `/contacts/${encodeURIComponent(id)}/restore`);
}
