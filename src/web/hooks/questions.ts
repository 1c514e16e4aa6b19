// TanStack Query hooks for the question bank.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, byId, call, init } from "../api/client.js";
import type { QuestionCreateInput, QuestionUpdateInput, QuestionView } from "../api/types.js";
import { prepKeys } from "./preparation-keys.js";

export function useQuestions(includeHidden = false) {
  return useQuery({
    queryKey: prepKeys.questionList(includeHidden),
    queryFn: ({ signal }) =>
      call(
        api.questions.$get({ query: { includeHidden: includeHidden ? "true" : undefined } }, init(signal)),
      ),
  });
}

/** After a change to the bank: every list of it, and the proposals built from it, are asked again. */
function useBankChanged() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: prepKeys.questions }),
      client.invalidateQueries({ queryKey: ["prep"] }),
    ]);
}

export function useCreateQuestion() {
  const changed = useBankChanged();
  return useMutation({
    mutationFn: (input: QuestionCreateInput) => call(api.questions.$post({ json: input })),
    onSuccess: () => changed(),
  });
}

export function useUpdateQuestion() {
  const changed = useBankChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: QuestionUpdateInput }) =>
      call(api.questions[":id"].$patch({ param: byId(id), json: changes })),
    onSuccess: () => changed(),
  });
}

export function useDeleteQuestion() {
  const changed = useBankChanged();
  return useMutation({
    /** Deletes a question of my own; one of ours is hidden instead (`deleted: false`). */
    mutationFn: (id: string) => call(api.questions[":id"].$delete({ param: byId(id) })),
    onSuccess: () => changed(),
  });
}

/** Reorders, showing the new order at once (the whole bank comes back from the server). */
export function useReorderQuestions() {
  const client = useQueryClient();
  const changed = useBankChanged();
  return useMutation({
    /** The listed questions take, in this order, the places they held between them. */
    mutationFn: (ids: string[]) => call(api.questions.reorder.$post({ json: { ids } })),
    onSuccess: (answer) => {
      client.setQueryData<{ items: QuestionView[] }>(prepKeys.questionList(true), answer);
      void changed();
    },
  });
}
