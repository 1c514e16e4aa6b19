// TanStack Query hooks for the template library.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import type { TemplateCreateInput, TemplateUpdateInput } from "../api/types.js";
import { queryKeys } from "./query-keys.js";

/** Every template, hidden ones too (the composer leaves those out; the library shows them). */
export function useTemplates() {
  return useQuery({
    queryKey: queryKeys.templateList(true),
    queryFn: ({ signal }) => call(api.templates.$get({ query: { includeHidden: "true" } }, init(signal))),
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
    mutationFn: (input: TemplateCreateInput) => call(api.templates.$post({ json: input })),
    onSettled: changed,
  });
}

export function useUpdateTemplate() {
  const changed = useTemplatesChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TemplateUpdateInput }) =>
      call(api.templates[":id"].$patch({ param: byId(id), json: changes })),
    onSettled: changed,
  });
}

export function useDeleteTemplate() {
  const changed = useTemplatesChanged();
  /** Deletes a template of mine; one from the library is hidden instead. */
  return useMutation({
    mutationFn: (id: string) => call(api.templates[":id"].$delete({ param: byId(id) })),
    onSettled: changed,
  });
}
