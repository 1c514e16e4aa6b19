// Typed calls to /api/templates: the library of outreach texts, and a template filled in for someone.
import type { TemplateKind, VariableName } from "../../core/template.js";
import type { Template } from "../../db/templates.repository.js";
import type { TemplateCreateInput, TemplateUpdateInput } from "../../services/templates.input.js";
import type { RenderedDraft } from "../../services/templates.service.js";
import { request } from "./http.js";

export type { RenderedDraft, Template, TemplateCreateInput, TemplateUpdateInput };

export function listTemplates(
  params: { kind?: TemplateKind; includeHidden?: boolean },
  signal?: AbortSignal,
): Promise<{ items: Template[] }> {
  return request("GET", "/templates", {
    query: { kind: params.kind, includeHidden: params.includeHidden ? "true" : undefined },
    signal,
  });
}

export function createTemplate(input: TemplateCreateInput): Promise<Template> {
  return request("POST", "/templates", { body: input });
}

export function updateTemplate(id: string, input: TemplateUpdateInput): Promise<Template> {
  return request("PATCH", `/templates/${encodeURIComponent(id)}`, { body: input });
}

/** Deletes a template of mine; one from the library is hidden instead. */
export function deleteTemplate(id: string): Promise<{ deleted: boolean; hidden: boolean }> {
  return request("DELETE", `/templates/${encodeURIComponent(id)}`);
}

export interface RenderInput {
  contactId: string;
  conversationId?: string | null;
  values?: Partial<Record<VariableName, string>>;
}

/** The template filled in for a contact; what is still missing stays visible as {{name}}. */
export function renderTemplate(id: string, input: RenderInput, signal?: AbortSignal): Promise<RenderedDraft> {
  return request("POST", `/templates/${encodeURIComponent(id)}/render`, { body: input, signal });
}
