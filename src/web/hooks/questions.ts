// TanStack Query hooks for the question bank.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createQuestion,
  deleteQuestion,
  listQuestions,
  type QuestionCreateInput,
  type QuestionUpdateInput,
  type QuestionView,
  reorderQuestions,
  updateQuestion,
} from "../api/questions.js";
import { prepKeys } from "./preparation-keys.js";

export function useQuestions(includeHidden = false) {
  return useQuery({
    queryKey: prepKeys.questionList(includeHidden),
    queryFn: ({ signal }) => listQuestions({ includeHidden }, signal),
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
    mutationFn: (input: QuestionCreateInput) => createQuestion(input),
    onSuccess: () => changed(),
  });
}

export function useUpdateQuestion() {
  const changed = useBankChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: QuestionUpdateInput }) =>
      updateQuestion(id, changes),
    onSuccess: () => changed(),
  });
}

export function useDeleteQuestion() {
  const changed = useBankChanged();
  return useMutation({
    mutationFn: (id: string) => deleteQuestion(id),
    onSuccess: () => changed(),
  });
}

/** Reorders, showing the new order at once (the whole bank comes back from the server). */
export function useReorderQuestions() {
  const client = useQueryClient();
  const changed = useBankChanged();
  return useMutation({
    mutationFn: (ids: string[]) => reorderQuestions(ids),
    onSuccess: (answer) => {
      client.setQueryData<{ items: QuestionView[] }>(prepKeys.questionList(true), answer);
      void changed();
    },
  });
}
