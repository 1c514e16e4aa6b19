import { type Conversation, conversationEnd, type StageEvent } from "../core/conversation.js";
import {
  ConversationCreateInput,
  ConversationListQuery,
  ConversationUpdateInput,
  type ConversationValues,
  StageMoveInput,
} from "../core/conversation.schema.js";
import { NotFoundError, StageNotAllowedError, ValidationError } from "../core/errors.js";
import type { Message } from "../core/message.js";
import type { Page } from "../core/page.js";
import { allowedMoves, refusedMove, type Stage } from "../core/stages.js";
import { blankToNull } from "../core/text.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { parseInput } from "./errors.js";

export interface ConversationDetail extends Conversation {
  history: StageEvent[];
  messages: Message[];
}

export async function getConversation(ctx: ServiceContext, id: string): Promise<Conversation> {
  const conversation = await ctx.repos.conversations.find(id);
  if (!conversation) throw new NotFoundError("conversation", id);
  return conversation;
}

export async function getConversationDetail(ctx: ServiceContext, id: string): Promise<ConversationDetail> {
  const conversation = await getConversation(ctx, id);
  const [history, messages] = await Promise.all([
    ctx.repos.conversations.stageHistory(id),
    ctx.repos.messages.list({ conversationId: id, limit: 200 }),
  ]);
  return { ...conversation, history, messages };
}

async function checkGoals(ctx: ServiceContext, goalIds: readonly string[] | undefined): Promise<void> {
  if (!goalIds || goalIds.length === 0) return;
  const distinct = [...new Set(goalIds)];
  if ((await ctx.repos.goals.count(distinct)) !== distinct.length) {
    throw new ValidationError("goalIds: one of these goals does not exist.", "goalIds");
  }
}

function isoOrNull(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}

export async function createConversation(
  ctx: ServiceContext,
  raw: ConversationCreateInput,
): Promise<Conversation> {
  const input = parseInput(ConversationCreateInput, raw);
  if (!(await ctx.repos.contacts.exists(input.contactId))) {
    throw new ValidationError(`contactId: no contact with id ${input.contactId}.`, "contactId");
  }
  await checkGoals(ctx, input.goalIds);
  const now = nowIso(ctx);
  const stage = input.stage ?? "idea";
  const values: ConversationValues = {
    contactId: input.contactId,
    kind: input.kind ?? "person",
    stage,
    stageChangedAt: now,
    format: input.format ?? null,
    scheduledAt: isoOrNull(input.scheduledAt),
    durationMinutes: input.durationMinutes ?? 30,
    place: blankToNull(input.place),
    prep: input.prep ?? "",
    notes: input.notes ?? "",
    insights: input.insights ?? "",
    thankYouSentAt: null,
    thankYouPoint: blankToNull(input.thankYouPoint),
    archivedAt: null,
  };
  const id = await withTransaction(ctx, async (tx) => {
    const id = await tx.repos.conversations.create(values, now);
    await tx.repos.conversations.addStageEvent({
      conversationId: id,
      from: null,
      to: stage,
      at: now,
      note: "",
    });
    await tx.repos.conversations.setGoals(id, [...new Set(input.goalIds ?? [])]);
    return id;
  });
  return getConversation(ctx, id);
}

export async function updateConversation(
  ctx: ServiceContext,
  id: string,
  raw: ConversationUpdateInput,
): Promise<Conversation> {
  const input = parseInput(ConversationUpdateInput, raw);
  await getConversation(ctx, id);
  await checkGoals(ctx, input.goalIds);
  const patch: Partial<ConversationValues> = {};
  if (input.kind !== undefined) patch.kind = input.kind;
  if (input.format !== undefined) patch.format = input.format;
  if (input.scheduledAt !== undefined) patch.scheduledAt = isoOrNull(input.scheduledAt);
  if (input.durationMinutes !== undefined) patch.durationMinutes = input.durationMinutes;
  if (input.place !== undefined) patch.place = blankToNull(input.place);
  if (input.prep !== undefined) patch.prep = input.prep;
  if (input.notes !== undefined) patch.notes = input.notes;
  if (input.insights !== undefined) patch.insights = input.insights;
  if (input.thankYouPoint !== undefined) patch.thankYouPoint = blankToNull(input.thankYouPoint);
  await withTransaction(ctx, async (tx) => {
    await tx.repos.conversations.update(id, patch, nowIso(tx));
    if (input.goalIds !== undefined) await tx.repos.conversations.setGoals(id, [...new Set(input.goalIds)]);
  });
  return getConversation(ctx, id);
}

/**
 * Moves a conversation to another stage, if the pipeline allows it, and records the move.
 * Done counts as a touch with the person; thanked records when the thank-you went out.
 */
export async function moveConversation(
  ctx: ServiceContext,
  id: string,
  raw: StageMoveInput,
): Promise<Conversation> {
  const input = parseInput(StageMoveInput, raw);
  const current = await getConversation(ctx, id);
  const refusal = refusedMove(current.stage, input.stage);
  if (refusal) throw new StageNotAllowedError(refusal, allowedMoves(current.stage));
  const now = nowIso(ctx);
  await withTransaction(ctx, (tx) => applyStage(tx, current, input.stage, now, input));
  return getConversation(ctx, id);
}

/**
 * The one place a stage change is written, with its side effects. Give it the transaction's
 * context (`withTransaction`): it writes several tables.
 */
export async function applyStage(
  tx: ServiceContext,
  current: Conversation,
  to: Stage,
  at: string,
  extra: {
    note?: string | undefined;
    scheduledAt?: string | undefined;
    /** False when the caller records the touch itself (a logged thank-you message). */
    touch?: boolean;
  } = {},
): Promise<void> {
  const patch: Partial<ConversationValues> = { stage: to, stageChangedAt: at };
  const scheduledAt = extra.scheduledAt ? new Date(extra.scheduledAt).toISOString() : current.scheduledAt;
  if (extra.scheduledAt) patch.scheduledAt = scheduledAt;
  if (to === "thanked" && !current.thankYouSentAt) patch.thankYouSentAt = at;
  await tx.repos.conversations.update(current.id, patch, nowIso(tx));
  await tx.repos.conversations.addStageEvent({
    conversationId: current.id,
    from: current.stage,
    to,
    at,
    note: extra.note ?? "",
  });
  if (to === "thanked" && extra.touch !== false) {
    await tx.repos.interactions.recordTouch(
      {
        contactId: current.contactId,
        conversationId: current.id,
        messageId: null,
        kind: "message",
        direction: "outbound",
        occurredAt: at,
        summary: "Thank-you sent",
      },
      nowIso(tx),
    );
  }
  if (to === "done") {
    const end = scheduledAt ? conversationEnd(scheduledAt, current.durationMinutes) : new Date(at);
    const heldAt = scheduledAt && end.getTime() <= new Date(at).getTime() ? scheduledAt : at;
    await tx.repos.interactions.recordTouch(
      {
        contactId: current.contactId,
        conversationId: current.id,
        messageId: null,
        kind: "meeting",
        direction: "mutual",
        occurredAt: heldAt,
        summary: "Informational interview",
      },
      nowIso(tx),
    );
    await tx.repos.interactions.markMet(current.contactId);
  }
}

export async function listConversations(
  ctx: ServiceContext,
  raw: ConversationListQuery,
): Promise<Page<Conversation>> {
  const query = parseInput(ConversationListQuery, raw);
  return ctx.repos.conversations.list({
    stages: query.stage,
    contactId: query.contactId,
    limit: query.limit ?? 50,
    cursor: query.cursor,
  });
}
