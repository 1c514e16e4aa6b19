// TanStack Query hooks for the template library.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createTemplate,
  deleteTemplate,
  listTemplates,
  type TemplateCreateInput,
  type TemplateUpdateInput,
  updateTemplate,
} from "../api/templates.js";
import { queryKeys } from "./query-keys.js";

/** Every template, hidden ones too (the composer leaves those out; the library shows them). */
export function useTemplates() {
  return useQuery({
    queryKey: queryKeys.templateList(true),
    queryFn: ({ signal }) => listTemplates({ includeHidden: true }, signal),
    staleTime: 60_000,
  });
}

function useTemplatesChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.templates });
}

export function useCreateTemplate() {
  const changed = useTemplatesChanged();
  return useMutation({
    mutationFn: (input: TemplateCreateInput) => createTemplate(input),
    onSettled: changed,
  });
}

export function useUpdateTemplate() {
  const changed = useTemplatesChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TemplateUpdateInput }) =>
      updateTemplate(id, changes),
    onSettled: changed,
  });
}

export function useDeleteTemplate() {
  const changed = useTemplatesChanged();
  return useMutation({ mutationFn: (id: string) => deleteTemplate(id), onSettled: changed });
}
