// Messages that coffeechat sends itself: written to the outbox now or for later, then sent by the
// outbox worker (see outbox.service.ts for the guarantee).

import type { Conversation } from "../core/conversation.js";
import { ConflictError, ValidationError } from "../core/errors.js";
import type { Message } from "../core/message.js";
import type { MessageCreateInput } from "../core/message.schema.js";
import { sendAtGap } from "../core/outreach-rules.js";
import { newId } from "../db/ids.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { requireMailRoute } from "./mail-settings.service.js";

/** A Message-ID for the header, fixed when the message is written so every attempt uses it. */
function mailMessageId(from: string): string {
  const domain = from.match(/@([^>\s]+)>?\s*$/)?.[1] ?? "coffeechat.local";
  return `<${newId()}.coffeechat@${domain}>`;
}

/** Checks and writes a message for the outbox; returns its id. */
export async function queueOutgoing(
  ctx: ServiceContext,
  input: MessageCreateInput & { send: "now" | "at" },
  conversation: Conversation | null,
): Promise<string> {
  if (input.status)
    throw new ValidationError("status: leave it out when sending; the outbox sets it.", "status");
  if ((input.channel ?? "email") !== "email") {
    throw new ValidationError(
      "channel: only e-mail can be sent from coffeechat; copy other messages.",
      "channel",
    );
  }
  if (!input.body?.trim()) throw new ValidationError("body: write the message before sending it.", "body");
  if (!input.subject?.trim()) throw new ValidationError("subject: give the e-mail a subject.", "subject");
  const contact = await getContact(ctx, input.contactId);
  const to = input.to ?? contact.emails[0];
  if (!to) {
    throw new ValidationError(
      `to: ${contact.fullName} has no e-mail address; add one to the contact or give "to".`,
      "to",
    );
  }
  const route = await requireMailRoute(ctx, "send");
  const now = ctx.clock.now();
  let at = now.toISOString();
  if (input.send === "at") {
    if (!input.sendAt) throw new ValidationError("sendAt: say when to send it.", "sendAt");
    if (sendAtGap(input.sendAt, now) === "past") {
      throw new ValidationError(
        "sendAt: this time has passed; choose a time to come, or send it now.",
        "sendAt",
      );
    }
    at = new Date(input.sendAt).toISOString();
  }
  const sendNow = input.send === "now" && ctx.outbox !== undefined;
  const id = await ctx.repos.messages.create(
    {
      contactId: contact.id,
      conversationId: conversation?.id ?? null,
      channel: "email",
      direction: "outbound",
      purpose: input.purpose ?? "request",
      subject: input.subject.trim(),
      body: input.body,
      templateId: input.templateId ?? null,
      // "Now" in a process with an outbox: claimed by it at once and sent in the background.
      status: sendNow ? "sending" : "scheduled",
      scheduledAt: at,
      sentAt: null,
      repliedAt: null,
      attempts: sendNow ? 1 : 0,
      lastError: null,
      claimedAt: sendNow ? nowIso(ctx) : null,
      claimedBy: sendNow ? (ctx.outbox?.workerId ?? null) : null,
      to,
      nextAttemptAt: at,
      mailMessageId: mailMessageId(route.from),
    },
    nowIso(ctx),
  );
  if (sendNow) ctx.outbox?.deliverClaimed(id);
  else ctx.outbox?.wake();
  return id;
}

/** What the user may change in a message waiting in the outbox. */
export interface OutgoingChanges {
  subject?: string | undefined;
  body?: string | undefined;
  sendAt?: string | undefined;
}

/**
 * Changes a message waiting in the outbox: its text (subject, body), its time, or both, in one
 * step that holds only while no worker has taken the message; a failed one sent again is tried
 * afresh. Once it is being sent or sent, nothing changes and the answer says why.
 */
export async function changeOutgoing(
  ctx: ServiceContext,
  message: Message,
  changes: OutgoingChanges,
): Promise<void> {
  const field = changes.sendAt !== undefined ? "sendAt" : changes.subject !== undefined ? "subject" : "body";
  if (message.status !== "scheduled" && message.status !== "failed") throw notWaiting(message.status, field);
  if (changes.subject !== undefined && !changes.subject.trim())
    throw new ValidationError("subject: give the e-mail a subject.", "subject");
  if (changes.body !== undefined && !changes.body.trim())
    throw new ValidationError("body: write the message; an empty one cannot be sent.", "body");
  const at =
    changes.sendAt === undefined
      ? undefined
      : new Date(Math.max(new Date(changes.sendAt).getTime(), ctx.clock.now().getTime())).toISOString();
  const changed = await withTransaction(ctx, async (tx) => {
    const done = await tx.repos.outbox.changeWaiting(
      message.id,
      {
        ...(changes.subject !== undefined ? { subject: changes.subject.trim() } : {}),
        ...(changes.body !== undefined ? { body: changes.body } : {}),
        ...(at !== undefined ? { sendAt: at, afresh: message.status === "failed" } : {}),
      },
      nowIso(tx),
    );
    if (done) return true;
    return (await tx.repos.messages.find(message.id))?.status ?? "gone";
  });
  if (changed !== true) {
    if (changed === "gone") throw new ConflictError("This message has left the outbox; nothing was changed.");
    throw notWaiting(changed, field);
  }
  if (at !== undefined) ctx.outbox?.wake();
}

function notWaiting(status: string, field: string): ConflictError {
  const what = field === "sendAt" ? "its time" : "its text";
  return new ConflictError(
    status === "sending"
      ? `${field}: this message is being sent right now; ${what} can no longer be changed.`
      : status === "sent"
        ? `${field}: this message has been sent; ${what} can no longer be changed.`
        : `${field}: only a scheduled or failed message can be changed; this one is ${status}.`,
    field,
  );
}

/** Takes a message out of the outbox (or deletes a draft) before it is sent. */
export async function cancelOutgoing(ctx: ServiceContext, message: Message): Promise<void> {
  if (message.status !== "scheduled" && message.status !== "failed" && message.status !== "draft") {
    throw new ConflictError(
      message.status === "sending"
        ? "This message is being sent right now and can no longer be stopped."
        : "A sent message stays in the history; it cannot be deleted.",
    );
  }
  await ctx.repos.messages.deleteUnsent(message.id);
}
