// Messages logged or written in the app, and the touches they make: a sent request moves its
// conversation to asked and starts the follow-up routine; a reply stops it.

import type { Conversation } from "../core/conversation.js";
import { NotFoundError, ValidationError } from "../core/errors.js";
import {
  type Direction,
  type Interaction,
  impliedPurpose,
  type Message,
  type Purpose,
} from "../core/message.js";
import {
  InteractionCreateInput,
  InteractionListQuery,
  MessageCreateInput,
  MessageListQuery,
  MessageUpdateInput,
} from "../core/message.schema.js";
import { canMove, type Stage } from "../core/stages.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { applyStage } from "./conversations.service.js";
import { parseInput } from "./errors.js";
import { cancelOutgoing, changeOutgoing, queueOutgoing } from "./outgoing.service.js";

/** Which open conversation a message without one belongs to, by its purpose. */
const OPEN_STAGES: Partial<Record<Purpose, Stage[]>> = {
  request: ["idea", "to-ask", "asked", "no-response"],
  "follow-up": ["asked"],
  "thank-you": ["done", "declined"],
};

async function conversationFor(
  ctx: ServiceContext,
  contactId: string,
  conversationId: string | null | undefined,
  purpose: Purpose,
): Promise<Conversation | null> {
  if (conversationId) {
    const conversation = await ctx.repos.conversations.find(conversationId);
    if (!conversation)
      throw new ValidationError(
        `conversationId: no conversation with id ${conversationId}.`,
        "conversationId",
      );
    if (conversation.contactId !== contactId) {
      throw new ValidationError("conversationId: that conversation is with someone else.", "conversationId");
    }
    return conversation;
  }
  const stages = OPEN_STAGES[purpose];
  if (!stages) return null;
  const id = await ctx.repos.messages.openConversationId(contactId, stages);
  return id ? ((await ctx.repos.conversations.find(id)) ?? null) : null;
}

/**
 * A message logged without a purpose: on a conversation still at to-ask (the one named, or else
 * the contact's open one at to-ask) the first message out is the request.
 */
async function unsaidPurpose(
  ctx: ServiceContext,
  contactId: string,
  conversationId: string | null | undefined,
  direction: Direction,
): Promise<{ purpose: Purpose; conversation: Conversation | null }> {
  const named = await conversationFor(ctx, contactId, conversationId, "other");
  if (named || conversationId)
    return { purpose: impliedPurpose(direction, named?.stage ?? null), conversation: named };
  if (direction !== "outbound") return { purpose: "other", conversation: null };
  const openId = await ctx.repos.messages.openConversationId(contactId, ["to-ask"]);
  const open = openId ? ((await ctx.repos.conversations.find(openId)) ?? null) : null;
  const purpose = impliedPurpose(direction, open?.stage ?? null);
  return { purpose, conversation: purpose === "request" ? open : null };
}

function notInFuture(ctx: ServiceContext, at: string, field: string): string {
  if (new Date(at).getTime() > ctx.clock.now().getTime() + 60_000) {
    throw new ValidationError(
      `${field}: this time is in the future; only messages already sent can be logged.`,
      field,
    );
  }
  return new Date(at).toISOString();
}

/** The effects of a message going out or coming in, in the transaction (`tx`) that records it. */
export async function applySent(
  tx: ServiceContext,
  message: { id: string; contactId: string; purpose: Purpose; direction: string; sentAt: string },
  conversation: Conversation | null,
): Promise<void> {
  const now = nowIso(tx);
  await tx.repos.interactions.recordTouch(
    {
      contactId: message.contactId,
      conversationId: conversation?.id ?? null,
      messageId: message.id,
      kind: "message",
      direction: message.direction === "inbound" ? "inbound" : "outbound",
      occurredAt: message.sentAt,
      summary: `${message.direction === "inbound" ? "Message from them" : "Message sent"}: ${message.purpose}`,
    },
    now,
  );
  if (!conversation || message.direction !== "outbound") return;
  const next: Stage | null =
    message.purpose === "request" && conversation.stage !== "asked"
      ? "asked"
      : message.purpose === "thank-you" && conversation.stage === "done"
        ? "thanked"
        : null;
  if (!next || !canMove(conversation.stage, next)) return;
  // The move is dated when the message went out, also for one logged days later (the history
  // keeps the order in which moves were recorded); the follow-up routine counts from the message.
  await applyStage(tx, conversation, next, message.sentAt, { touch: false });
}

async function recordReply(tx: ServiceContext, message: Message, repliedAt: string) {
  await tx.repos.interactions.recordTouch(
    {
      contactId: message.contactId,
      conversationId: message.conversationId,
      messageId: message.id,
      kind: "message",
      direction: "inbound",
      occurredAt: repliedAt,
      summary: "They replied",
    },
    nowIso(tx),
  );
}

/**
 * A reply stops the follow-up routine (the agenda reads repliedAt). It also moves the
 * conversation: a late reply brings a no-response back to asked; "they declined" ends it.
 */
async function applyReply(
  tx: ServiceContext,
  conversationId: string,
  outcome: "replied" | "declined",
  at: string,
) {
  let conversation = await tx.repos.conversations.find(conversationId);
  if (!conversation) return;
  const moveTo = async (stage: Stage) => {
    if (!conversation || !canMove(conversation.stage, stage)) return;
    await applyStage(tx, conversation, stage, at, {
      note: outcome === "declined" ? "They declined" : "They replied",
    });
    conversation = await tx.repos.conversations.find(conversationId);
  };
  if (conversation.stage === "no-response") await moveTo("asked");
  if (outcome === "declined") await moveTo("declined");
}

export async function deleteMessage(ctx: ServiceContext, id: string): Promise<void> {
  await cancelOutgoing(ctx, await getMessage(ctx, id));
}

export async function getMessage(ctx: ServiceContext, id: string): Promise<Message> {
  const message = await ctx.repos.messages.find(id);
  if (!message) throw new NotFoundError("message", id);
  return message;
}

export async function createMessage(ctx: ServiceContext, raw: MessageCreateInput): Promise<Message> {
  const input = parseInput(MessageCreateInput, raw);
  if (!(await ctx.repos.contacts.exists(input.contactId))) {
    throw new ValidationError(`contactId: no contact with id ${input.contactId}.`, "contactId");
  }
  if (input.templateId && !(await ctx.repos.templates.find(input.templateId))) {
    throw new ValidationError(`templateId: no template with id ${input.templateId}.`, "templateId");
  }
  if (input.send) {
    const purpose = input.purpose ?? "request";
    const conversation = await conversationFor(ctx, input.contactId, input.conversationId, purpose);
    const id = await queueOutgoing(ctx, { ...input, send: input.send, purpose }, conversation);
    return getMessage(ctx, id);
  }
  const direction = input.direction ?? "outbound";
  const status = input.status ?? "sent";
  const { purpose, conversation } = input.purpose
    ? {
        purpose: input.purpose,
        conversation: await conversationFor(ctx, input.contactId, input.conversationId, input.purpose),
      }
    : await unsaidPurpose(ctx, input.contactId, input.conversationId, direction);
  const now = nowIso(ctx);
  const sentAt = status === "sent" ? notInFuture(ctx, input.sentAt ?? now, "sentAt") : null;
  const repliedAt = input.repliedAt ? notInFuture(ctx, input.repliedAt, "repliedAt") : null;
  if (repliedAt && sentAt && repliedAt < sentAt) {
    throw new ValidationError("repliedAt: the reply cannot come before the message was sent.", "repliedAt");
  }
  const id = await withTransaction(ctx, async (tx) => {
    const id = await tx.repos.messages.create(
      {
        contactId: input.contactId,
        conversationId: conversation?.id ?? null,
        channel: input.channel ?? "email",
        direction,
        purpose,
        subject: input.subject ?? "",
        body: input.body ?? "",
        templateId: input.templateId ?? null,
        status,
        scheduledAt: null,
        sentAt,
        repliedAt,
        attempts: 0,
        lastError: null,
        claimedAt: null,
        claimedBy: null,
        to: null,
        nextAttemptAt: null,
        mailMessageId: null,
      },
      now,
    );
    if (sentAt)
      await applySent(tx, { id, contactId: input.contactId, purpose, direction, sentAt }, conversation);
    if (repliedAt) {
      const message = await tx.repos.messages.find(id);
      if (message) await recordReply(tx, message, repliedAt);
    }
    return id;
  });
  return getMessage(ctx, id);
}

export async function updateMessage(
  ctx: ServiceContext,
  id: string,
  raw: MessageUpdateInput,
): Promise<Message> {
  const input = parseInput(MessageUpdateInput, raw);
  const current = await getMessage(ctx, id);
  // A message the outbox holds or sent: its text and time change only while it waits there.
  const fromOutbox = current.scheduledAt !== null && current.status !== "draft";
  const textChange = input.subject !== undefined || input.body !== undefined;
  if (input.sendAt || (fromOutbox && textChange)) {
    await changeOutgoing(ctx, current, { subject: input.subject, body: input.body, sendAt: input.sendAt });
    return getMessage(ctx, id);
  }
  return updateLogged(ctx, current, input);
}

/** A logged message or a draft: marked sent, replied to, or its record corrected. */
async function updateLogged(
  ctx: ServiceContext,
  current: Message,
  input: MessageUpdateInput,
): Promise<Message> {
  const id = current.id;
  if (input.outcome && !input.repliedAt && !current.repliedAt) {
    throw new ValidationError("repliedAt: say when they replied.", "repliedAt");
  }
  const now = nowIso(ctx);
  const becomesSent = input.status === "sent" && current.status === "draft";
  const sentAt = becomesSent ? notInFuture(ctx, input.sentAt ?? now, "sentAt") : current.sentAt;
  const repliedAt =
    input.repliedAt === undefined
      ? undefined
      : input.repliedAt === null
        ? null
        : notInFuture(ctx, input.repliedAt, "repliedAt");
  if (repliedAt && sentAt && repliedAt < sentAt) {
    throw new ValidationError("repliedAt: the reply cannot come before the message was sent.", "repliedAt");
  }
  await withTransaction(ctx, async (tx) => {
    await tx.repos.messages.update(
      id,
      {
        ...(input.subject !== undefined ? { subject: input.subject } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(becomesSent ? { status: "sent" as const, sentAt } : {}),
        ...(repliedAt !== undefined ? { repliedAt } : {}),
      },
      now,
    );
    if (becomesSent && sentAt) {
      const conversation = current.conversationId
        ? ((await tx.repos.conversations.find(current.conversationId)) ?? null)
        : null;
      await applySent(tx, { ...current, sentAt }, conversation);
    }
    if (repliedAt && !current.repliedAt) await recordReply(tx, current, repliedAt);
    if ((repliedAt || current.repliedAt) && current.conversationId && current.direction === "outbound") {
      await applyReply(tx, current.conversationId, input.outcome ?? "replied", repliedAt ?? now);
    }
  });
  return getMessage(ctx, id);
}

export async function listMessages(ctx: ServiceContext, raw: MessageListQuery): Promise<Message[]> {
  const query = parseInput(MessageListQuery, raw);
  return ctx.repos.messages.list({ ...query, limit: query.limit ?? 100 });
}

export async function createInteraction(
  ctx: ServiceContext,
  raw: InteractionCreateInput,
): Promise<Interaction> {
  const input = parseInput(InteractionCreateInput, raw);
  if (!(await ctx.repos.contacts.exists(input.contactId))) {
    throw new ValidationError(`contactId: no contact with id ${input.contactId}.`, "contactId");
  }
  if (input.conversationId) await conversationFor(ctx, input.contactId, input.conversationId, "other");
  const now = nowIso(ctx);
  const occurredAt = notInFuture(ctx, input.occurredAt ?? now, "occurredAt");
  return withTransaction(ctx, async (tx) => {
    const touch = await tx.repos.interactions.recordTouch(
      {
        contactId: input.contactId,
        conversationId: input.conversationId ?? null,
        messageId: null,
        kind: input.kind ?? "other",
        direction: input.direction ?? "mutual",
        occurredAt,
        summary: input.summary ?? "",
      },
      now,
    );
    if (touch.kind === "message" && touch.direction === "inbound") {
      await markLatestReplied(tx, input.contactId, input.conversationId ?? null, occurredAt);
    }
    return touch;
  });
}

/** A message from them answers my latest unanswered message (of the conversation, if given). */
async function markLatestReplied(
  tx: ServiceContext,
  contactId: string,
  conversationId: string | null,
  at: string,
) {
  const latest = await tx.repos.messages.latestUnanswered(contactId, conversationId, at);
  if (!latest) return;
  await tx.repos.messages.update(latest.id, { repliedAt: at }, nowIso(tx));
  if (latest.conversationId) await applyReply(tx, latest.conversationId, "replied", at);
}

export async function listInteractionsOf(
  ctx: ServiceContext,
  raw: InteractionListQuery,
): Promise<Interaction[]> {
  const query = parseInput(InteractionListQuery, raw);
  return ctx.repos.interactions.list({ ...query, limit: query.limit ?? 100 });
}
