// Typed calls to /api/questions: my question bank (ours and my own), in order.
import type { QuestionCreateInput, QuestionUpdateInput } from "../../services/questions.input.js";
import type { QuestionRemoval, QuestionView } from "../../services/questions.service.js";
import { request } from "./http.js";

export type { QuestionCreateInput, QuestionRemoval, QuestionUpdateInput, QuestionView };

export function listQuestions(
  params: { includeHidden?: boolean },
  signal?: AbortSignal,
): Promise<{ items: QuestionView[] }> {
  return request("GET", "/questions", {
    query: { includeHidden: params.includeHidden ? "true" : undefined },
    signal,
  });
}

export function createQuestion(input: QuestionCreateInput): Promise<QuestionView> {
  return request("POST", "/questions", { body: input });
}

export function updateQuestion(id: string, input: QuestionUpdateInput): Promise<QuestionView> {
  return request("PATCH", `/questions/${encodeURIComponent(id)}`, { body: input });
}

/** Deletes a question of my own; one of ours is hidden instead (`deleted: false`). */
export function deleteQuestion(id: string): Promise<QuestionRemoval> {
  return request("DELETE", `/questions/${encodeURIComponent(id)}`);
}

/** The listed questions take, in this order, the places they held between them. */
export function reorderQuestions(ids: string[]): Promise<{ items: QuestionView[] }> {
  return request("POST", "/questions/reorder", { body: { ids } });
}
