// The question bank: built-in questions (added the first time it is read) and the user's own.
import { NotFoundError } from "../core/errors.js";
import {
  QuestionCreateInput,
  QuestionListQuery,
  type QuestionRemoval,
  QuestionReorderInput,
  QuestionUpdateInput,
  type QuestionView,
} from "../core/question.schema.js";
import { AREA_LABELS, areaIndex } from "../core/question-areas.js";
import type { Question } from "../core/question-selection.js";
import type { QuestionValues } from "../db/questions.repository.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { parseInput } from "./errors.js";

export function questionView(q: Question): QuestionView {
  return {
    id: q.id,
    area: q.area,
    areaLabel: AREA_LABELS[q.area],
    text: q.text,
    kinds: q.kinds,
    tiara: q.tiara,
    position: q.position,
    hidden: q.hidden,
    builtin: q.builtinKey !== null,
  };
}

/** The user's whole bank (hidden ones too), seeding the built-in questions first if needed. */
export async function questionBank(ctx: ServiceContext, includeHidden = true): Promise<Question[]> {
  await ctx.repos.questions.seedBuiltins(nowIso(ctx));
  return ctx.repos.questions.list({ includeHidden });
}

export async function listQuestions(ctx: ServiceContext, raw: QuestionListQuery): Promise<QuestionView[]> {
  const query = parseInput(QuestionListQuery, raw);
  await ctx.repos.questions.seedBuiltins(nowIso(ctx));
  const rows = await ctx.repos.questions.list({
    includeHidden: query.includeHidden === "true",
    area: query.area,
  });
  return rows.map(questionView);
}

async function getQuestion(ctx: ServiceContext, id: string): Promise<Question> {
  const question = await ctx.repos.questions.find(id);
  if (!question) throw new NotFoundError("question", id);
  return question;
}

export async function createQuestion(ctx: ServiceContext, raw: QuestionCreateInput): Promise<QuestionView> {
  const input = parseInput(QuestionCreateInput, raw);
  await ctx.repos.questions.seedBuiltins(nowIso(ctx));
  const position = await ctx.repos.questions.nextPositionInArea(input.area, areaIndex(input.area));
  const values: QuestionValues = {
    builtinKey: null,
    area: input.area,
    text: input.text,
    kinds: [...new Set(input.kinds ?? [])],
    tiara: input.tiara ?? null,
    position,
    hiddenAt: null,
  };
  const id = await ctx.repos.questions.create(values, nowIso(ctx));
  return questionView(await getQuestion(ctx, id));
}

export async function updateQuestion(
  ctx: ServiceContext,
  id: string,
  raw: QuestionUpdateInput,
): Promise<QuestionView> {
  const input = parseInput(QuestionUpdateInput, raw);
  const current = await getQuestion(ctx, id);
  const now = nowIso(ctx);
  const patch: Partial<QuestionValues> = {};
  if (input.area !== undefined) patch.area = input.area;
  if (input.text !== undefined) patch.text = input.text;
  if (input.kinds !== undefined) patch.kinds = [...new Set(input.kinds)];
  if (input.tiara !== undefined) patch.tiara = input.tiara;
  if (input.position !== undefined) patch.position = input.position;
  if (input.hidden !== undefined && input.hidden !== current.hidden)
    patch.hiddenAt = input.hidden ? now : null;
  await ctx.repos.questions.update(id, patch, now);
  return questionView(await getQuestion(ctx, id));
}

/** Deletes a question of the user's own; a built-in one is hidden instead (and says so). */
export async function deleteQuestion(ctx: ServiceContext, id: string): Promise<QuestionRemoval> {
  const current = await getQuestion(ctx, id);
  if (current.builtinKey === null) {
    await ctx.repos.questions.delete(id);
    return { deleted: true, question: null, message: "Question deleted." };
  }
  const hidden = await updateQuestion(ctx, id, { hidden: true });
  return {
    deleted: false,
    question: hidden,
    message:
      "Built-in questions are not deleted, so this one is now hidden. You can show it again at any time.",
  };
}

/**
 * Puts the listed questions in the given order. They take the places they held between them, so
 * sending the whole bank reorders it all, and sending a few reorders just those.
 */
export async function reorderQuestions(
  ctx: ServiceContext,
  raw: QuestionReorderInput,
): Promise<QuestionView[]> {
  const input = parseInput(QuestionReorderInput, raw);
  const found = await ctx.repos.questions.findMany(input.ids);
  const known = new Set(found.map((q) => q.id));
  const unknown = input.ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new NotFoundError("question", unknown);
  const slots = found.map((q) => q.position).sort((a, b) => a - b);
  for (let i = 1; i < slots.length; i++) slots[i] = Math.max(slots[i] ?? 0, (slots[i - 1] ?? 0) + 1);
  const now = nowIso(ctx);
  await withTransaction(ctx, async (tx) => {
    for (const [i, id] of input.ids.entries()) {
      await tx.repos.questions.update(id, { position: slots[i] ?? i }, now);
    }
  });
  return (await ctx.repos.questions.list({ includeHidden: true })).map(questionView);
}
