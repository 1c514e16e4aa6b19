// Messages that coffeechat sends itself: written to the outbox now or for later, then sent by the
// outbox worker (see outbox.service.ts for the guarantee).

import type { Conversation } from "../core/conversation.js";
import { ConflictError, ValidationError } from "../core/errors.js";
import type { Message } from "../core/message.js";
import type { MessageCreateInput } from "../core/message.schema.js";
import { sendAtGap } from "../core/outreach-rules.js";
import { newId } from "../db/ids.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
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

/** Moves a scheduled message to another time, or tries a failed one again. */
export async function rescheduleOutgoing(
  ctx: ServiceContext,
  message: Message,
  sendAt: string,
): Promise<void> {
  if (message.status !== "scheduled" && message.status !== "failed") {
    throw new ConflictError(
      `sendAt: only a scheduled or failed message can be (re)scheduled; this one is ${message.status}.`,
      "sendAt",
    );
  }
  const at = new Date(Math.max(new Date(sendAt).getTime(), ctx.clock.now().getTime())).toISOString();
  await ctx.repos.messages.update(
    message.id,
    {
      status: "scheduled",
      scheduledAt: at,
      nextAttemptAt: at,
      ...(message.status === "failed" ? { attempts: 0, lastError: null } : {}),
    },
    nowIso(ctx),
  );
  ctx.outbox?.wake();
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
