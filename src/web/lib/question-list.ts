// A conversation's question list as the web app edits it: stable keys for React, moves that keep the
// asks for more people at the end, and the body the API saves.
import { AREA_LABELS, type QuestionArea } from "../../core/question-areas.js";
import type { ConversationQuestionItem, ConversationQuestionsInput } from "../api/types.js";

export interface QuestionDraft {
  /** Stable while the page is open (the server's row ids change on every save). */
  key: string;
  questionId: string | null;
  area: QuestionArea;
  areaLabel: string;
  text: string;
  askedAt: string | null;
  note: string;
}

let counter = 0;
function newKey(): string {
  counter += 1;
  return `q${Date.now().toString(36)}-${counter}`;
}

export function fromServer(items: readonly ConversationQuestionItem[]): QuestionDraft[] {
  const used = new Set<string>();
  return items.map((item) => {
    // The bank question's id keeps the key stable across saves; a repeat or a free question gets a new one.
    const candidate = item.questionId ?? item.id ?? newKey();
    const key = used.has(candidate) ? newKey() : candidate;
    used.add(key);
    return {
      key,
      questionId: item.questionId,
      area: item.area,
      areaLabel: item.areaLabel,
      text: item.text,
      askedAt: item.askedAt,
      note: item.note,
    };
  });
}

/** What PUT /api/conversations/:id/questions takes. */
export function toInput(items: readonly QuestionDraft[]): ConversationQuestionsInput {
  return {
    items: items.map((item) => ({
      questionId: item.questionId,
      area: item.area,
      text: item.text,
      askedAt: item.askedAt,
      note: item.note,
    })),
  };
}

/** Whether two lists would save the same. */
export function sameList(a: readonly QuestionDraft[], b: readonly QuestionDraft[]): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

/** Moves the item at `index` by `delta` places (-1 up, +1 down); out of range changes nothing. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/**
 * Where a new question goes: before the closing asks for more people (the trailing "leads" block),
 * so they stay last; a new "leads" question goes before the very last ask.
 */
export function insertIndex(items: readonly Pick<QuestionDraft, "area">[], area: QuestionArea): number {
  if (area === "leads") return items.at(-1)?.area === "leads" ? items.length - 1 : items.length;
  let index = items.length;
  while (index > 0 && items[index - 1]?.area === "leads") index -= 1;
  return index;
}

export function addQuestion(
  items: readonly QuestionDraft[],
  question: { questionId: string | null; area: QuestionArea; text: string },
): QuestionDraft[] {
  const next = [...items];
  next.splice(insertIndex(items, question.area), 0, {
    key: newKey(),
    questionId: question.questionId,
    area: question.area,
    areaLabel: AREA_LABELS[question.area],
    text: question.text.trim(),
    askedAt: null,
    note: "",
  });
  return next;
}

/** The questions of the bank not in the list yet. */
export function notInList<Q extends { id: string }>(
  bank: readonly Q[],
  items: readonly QuestionDraft[],
): Q[] {
  const used = new Set(items.map((item) => item.questionId));
  return bank.filter((question) => !used.has(question.id));
}
