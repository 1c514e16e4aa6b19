// Typed calls to /api/organizations.
import type { Organization } from "../../core/organization.js";
import type { Page } from "../../core/page.js";
import type { OrganizationCreateInput, OrganizationUpdateInput } from "../../services/organizations.input.js";
import type { ArchivedFilter } from "./contacts.js";
import { request } from "./http.js";

export interface OrganizationListParams {
  q?: string;
  archived?: ArchivedFilter;
  limit?: number;
  cursor?: string;
}

export function listOrganizations(
  params: OrganizationListParams,
  signal?: AbortSignal,
): Promise<Page<Organization>> {
  return request("GET", "/organizations", { query: { ...params }, signal });
}

export function getOrganization(id: string, signal?: AbortSignal): Promise<Organization> {
  return request("GET", `/organizations/${encodeURIComponent(id)}`, { signal });
}

export function createOrganization(input: OrganizationCreateInput): Promise<Organization> {
  return request("POST", "/organizations", { body: input });
}

export function updateOrganization(id: string, input: OrganizationUpdateInput): Promise<Organization> {
  return request("PATCH", `/organizations/${encodeURIComponent(id)}`, { body: input });
}

export function archiveOrganization(id: string): Promise<Organization> {
  return request("POST", `/organizations/${encodeURIComponent(id)}/archive`);
}

export function restoreOrganization(id: string): Promise<Organization> {
  return request("POST", `/organizations/${encodeURIComponent(id)}/restore`);
}
