// The question list of one conversation: the saved one (ticked and noted during the talk), or,
// until one is saved, a selection from the bank for its kind, length and goals.
import type { Conversation } from "../core/conversation.js";
import { ConversationQuestionsInput, type QuestionMode } from "../core/conversation-questions.schema.js";
import { ValidationError } from "../core/errors.js";
import { AREA_LABELS, type QuestionArea } from "../core/question-areas.js";
import { type Question, selectQuestions } from "../core/question-selection.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { getConversation } from "./conversations.service.js";
import { parseInput } from "./errors.js";
import { questionBank } from "./questions.service.js";

export interface ConversationQuestionItem {
  /** The saved row; null while the list is only proposed. */
  id: string | null;
  /** The question of the bank it came from, if any. */
  questionId: string | null;
  area: QuestionArea;
  areaLabel: string;
  text: string;
  askedAt: string | null;
  note: string;
}

export interface ConversationQuestions {
  /** False: nothing saved yet, these are proposed. */
  saved: boolean;
  items: ConversationQuestionItem[];
}

/** The questions the bank proposes for a conversation: its kind and length, its goals' words first. */
export async function proposedQuestions(
  ctx: ServiceContext,
  conversation: Conversation,
  mode: QuestionMode = "areas",
): Promise<Question[]> {
  const [bank, goals] = await Promise.all([
    questionBank(ctx, false),
    ctx.repos.goals.ofConversation(conversation.id),
  ]);
  return selectQuestions({
    questions: bank,
    kind: conversation.kind,
    minutes: conversation.durationMinutes,
    mode,
    focus: goals.flatMap((g) => [g.title, g.description]),
  });
}

export async function getConversationQuestions(
  ctx: ServiceContext,
  conversationId: string,
  mode: QuestionMode = "areas",
): Promise<ConversationQuestions> {
  const conversation = await getConversation(ctx, conversationId);
  const saved = await ctx.repos.conversationQuestions.list(conversationId);
  if (saved.length > 0) {
    return {
      saved: true,
      items: saved.map((q) => ({
        id: q.id,
        questionId: q.questionId,
        area: q.area,
        areaLabel: AREA_LABELS[q.area],
        text: q.text,
        askedAt: q.askedAt,
        note: q.note,
      })),
    };
  }
  const proposed = await proposedQuestions(ctx, conversation, mode);
  return {
    saved: false,
    items: proposed.map((q) => ({
      id: null,
      questionId: q.id,
      area: q.area,
      areaLabel: AREA_LABELS[q.area],
      text: q.text,
      askedAt: null,
      note: "",
    })),
  };
}

/** Saves the whole list in order (all or nothing). An empty list goes back to the proposed one. */
export async function saveConversationQuestions(
  ctx: ServiceContext,
  conversationId: string,
  raw: ConversationQuestionsInput,
): Promise<ConversationQuestions> {
  const input = parseInput(ConversationQuestionsInput, raw);
  await getConversation(ctx, conversationId);
  const referenced = [...new Set(input.items.flatMap((i) => (i.questionId ? [i.questionId] : [])))];
  const owned = new Set((await ctx.repos.questions.findMany(referenced)).map((q) => q.id));
  const bad = input.items.findIndex((i) => i.questionId && !owned.has(i.questionId));
  if (bad >= 0) {
    throw new ValidationError(
      `items.${bad}.questionId: no question with id ${input.items[bad]?.questionId} in your bank.`,
      `items.${bad}.questionId`,
    );
  }
  const items = input.items.map((i) => ({
    questionId: i.questionId || null,
    area: i.area,
    text: i.text,
    askedAt: i.askedAt ? new Date(i.askedAt).toISOString() : null,
    note: i.note ?? "",
  }));
  await withTransaction(ctx, (tx) =>
    tx.repos.conversationQuestions.replace(conversationId, items, nowIso(tx)),
  );
  return getConversationQuestions(ctx, conversationId);
}
