import { type Conversation, conversationEnd, type StageEvent } from "../core/conversation.js";
import { NotFoundError, StageNotAllowedError, ValidationError } from "../core/errors.js";
import type { Message } from "../core/message.js";
import type { Page } from "../core/page.js";
import { allowedMoves, refusedMove, type Stage } from "../core/stages.js";
import { blankToNull } from "../core/text.js";
import { contactExists } from "../db/contacts.repository.js";
import {
  type ConversationValues,
  countOwnedGoals,
  findConversation,
  insertConversation,
  insertStageEvent,
  listConversations as listConversationRows,
  setConversationGoals,
  stageHistory,
  updateConversationRow,
} from "../db/conversations.repository.js";
import { recordTouch } from "../db/interactions.repository.js";
import { listMessages } from "../db/messages.repository.js";
import { nowIso, type ServiceContext } from "./context.js";
import {
  ConversationCreateInput,
  ConversationListQuery,
  ConversationUpdateInput,
  StageMoveInput,
} from "./conversations.input.js";
import { parseInput } from "./errors.js";

export interface ConversationDetail extends Conversation {
  history: StageEvent[];
  messages: Message[];
}

export async function getConversation(ctx: ServiceContext, id: string): Promise<Conversation> {
  const conversation = await findConversation(ctx.db.kysely, ctx.user.id, id);
  if (!conversation) throw new NotFoundError("conversation", id);
  return conversation;
}

export async function getConversationDetail(ctx: ServiceContext, id: string): Promise<ConversationDetail> {
  const conversation = await getConversation(ctx, id);
  const [history, messages] = await Promise.all([
    stageHistory(ctx.db.kysely, ctx.user.id, id),
    listMessages(ctx.db.kysely, ctx.user.id, { conversationId: id, limit: 200 }),
  ]);
  return { ...conversation, history, messages };
}

async function checkGoals(ctx: ServiceContext, goalIds: readonly string[] | undefined): Promise<void> {
  if (!goalIds || goalIds.length === 0) return;
  const distinct = [...new Set(goalIds)];
  if ((await countOwnedGoals(ctx.db.kysely, ctx.user.id, distinct)) !== distinct.length) {
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
  if (!(await contactExists(ctx.db.kysely, ctx.user.id, input.contactId))) {
    throw new ValidationError(`contactId: no contact with id ${input.contactId}.`, "contactId");
  }
  await checkGoals(ctx, input.goalIds);
  const now = nowIso(ctx);
  const stage = input.stage ?? "idea";
  const values: ConversationValues = {
    contact_id: input.contactId,
    kind: input.kind ?? "person",
    stage,
    stage_changed_at: now,
    format: input.format ?? null,
    scheduled_at: isoOrNull(input.scheduledAt),
    duration_minutes: input.durationMinutes ?? 30,
    place: blankToNull(input.place),
    prep: input.prep ?? "",
    notes: input.notes ?? "",
    insights: input.insights ?? "",
    thank_you_sent_at: null,
    archived_at: null,
  };
  const id = await ctx.db.kysely.transaction().execute(async (trx) => {
    const id = await insertConversation(trx, ctx.user.id, values, now);
    await insertStageEvent(trx, ctx.user.id, {
      conversationId: id,
      from: null,
      to: stage,
      at: now,
      note: "",
    });
    await setConversationGoals(trx, ctx.user.id, id, [...new Set(input.goalIds ?? [])]);
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
  if (input.scheduledAt !== undefined) patch.scheduled_at = isoOrNull(input.scheduledAt);
  if (input.durationMinutes !== undefined) patch.duration_minutes = input.durationMinutes;
  if (input.place !== undefined) patch.place = blankToNull(input.place);
  if (input.prep !== undefined) patch.prep = input.prep;
  if (input.notes !== undefined) patch.notes = input.notes;
  if (input.insights !== undefined) patch.insights = input.insights;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updateConversationRow(trx, ctx.user.id, id, patch, nowIso(ctx));
    if (input.goalIds !== undefined)
      await setConversationGoals(trx, ctx.user.id, id, [...new Set(input.goalIds)]);
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
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await applyStage(ctx, trx, current, input.stage, now, input);
  });
  return getConversation(ctx, id);
}

/** The one place a stage change is written, with its side effects. */
export async function applyStage(
  ctx: ServiceContext,
  trx: ServiceContext["db"]["kysely"],
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
  const ownerId = ctx.user.id;
  const patch: Partial<ConversationValues> = { stage: to, stage_changed_at: at };
  const scheduledAt = extra.scheduledAt ? new Date(extra.scheduledAt).toISOString() : current.scheduledAt;
  if (extra.scheduledAt) patch.scheduled_at = scheduledAt;
  if (to === "thanked" && !current.thankYouSentAt) patch.thank_you_sent_at = at;
  await updateConversationRow(trx, ownerId, current.id, patch, nowIso(ctx));
  await insertStageEvent(trx, ownerId, {
    conversationId: current.id,
    from: current.stage,
    to,
    at,
    note: extra.note ?? "",
  });
  if (to === "thanked" && extra.touch !== false) {
    await recordTouch(
      trx,
      ownerId,
      {
        contactId: current.contactId,
        conversationId: current.id,
        messageId: null,
        kind: "message",
        direction: "outbound",
        occurredAt: at,
        summary: "Thank-you sent",
      },
      nowIso(ctx),
    );
  }
  if (to === "done") {
    const end = scheduledAt ? conversationEnd(scheduledAt, current.durationMinutes) : new Date(at);
    const heldAt = scheduledAt && end.getTime() <= new Date(at).getTime() ? scheduledAt : at;
    await recordTouch(
      trx,
      ownerId,
      {
        contactId: current.contactId,
        conversationId: current.id,
        messageId: null,
        kind: "meeting",
        direction: "mutual",
        occurredAt: heldAt,
        summary: "Informational interview",
      },
      nowIso(ctx),
    );
    await trx
      .updateTable("contacts")
      .set({ relationship_strength: "acquaintance" })
      .where("owner_id", "=", ownerId)
      .where("id", "=", current.contactId)
      .where("relationship_strength", "=", "new")
      .execute();
  }
}

export async function listConversations(
  ctx: ServiceContext,
  raw: ConversationListQuery,
): Promise<Page<Conversation>> {
  const query = parseInput(ConversationListQuery, raw);
  return listConversationRows(ctx.db.kysely, ctx.user.id, {
    stages: query.stage,
    contactId: query.contactId,
    limit: query.limit ?? 50,
    cursor: query.cursor,
  });
}
