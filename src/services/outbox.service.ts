// Sends what the outbox holds, each message once.
//
// The guarantee: a message is claimed (status "sending", with a lease) before it is sent, and
// marked "sent" only after the mail server accepted it. A process that stops between the claim
// and the server's answer loses nothing: its lease runs out and another worker (or the same one,
// restarted) sends the message. The one moment no program can cover is after the server accepted
// the mail and before "sent" is written (a few milliseconds): the message would go out a second
// time, with the same Message-ID header, which mail systems use to recognise a repeat.
import os from "node:os";
import type { MailConfig } from "../config.js";
import type { ClaimedMessage, ClaimOutcome } from "../db/outbox.repository.js";
import type { OutboxRow, SystemRepository } from "../db/system.repository.js";
import { createMailerFromUrl, MailError } from "../integrations/smtp-mailer.js";
import { type Clock, type CurrentUser, type ServiceContext, withTransaction } from "./context.js";
import { mailRouteFor } from "./mail-settings.service.js";
import { applySent } from "./messages.service.js";

export interface OutboxPolicy {
  /** How long a claim holds before another worker may take the message over. */
  leaseMs: number;
  /** The wait before each retry after a temporary failure; its length is the number of retries. */
  retryDelaysMs: number[];
}

export const DEFAULT_POLICY: OutboxPolicy = {
  // Longer than the slowest possible attempt (connection, greeting and socket time-outs).
  leaseMs: 5 * 60_000,
  retryDelaysMs: [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000],
};

export interface OutboxDeps {
  /** The one unscoped door: claims across every user's messages, and who the users are. */
  system: SystemRepository;
  /** A user's context (their repositories and nothing else), to work on a message claimed for them. */
  contextFor: (user: CurrentUser) => ServiceContext;
  clock: Clock;
  /** The mail server from the environment, for users who did not set their own. */
  mail: MailConfig | undefined;
  workerId: string;
  policy: OutboxPolicy;
}

/** The outbox's dependencies from a runtime (`openRuntime`): its system repository and contexts. */
export function outboxDeps(
  runtime: { system: SystemRepository; contextFor: (user: CurrentUser) => ServiceContext; clock: Clock },
  options: { mail: MailConfig | undefined; workerId?: string; policy?: OutboxPolicy },
): OutboxDeps {
  return {
    system: runtime.system,
    contextFor: runtime.contextFor,
    clock: runtime.clock,
    mail: options.mail,
    workerId: options.workerId ?? newWorkerId(),
    policy: options.policy ?? DEFAULT_POLICY,
  };
}

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/** Claims the next due message (of any user) for this worker, or undefined when none is due. */
export function claimNext(deps: OutboxDeps): Promise<OutboxRow | undefined> {
  const now = deps.clock.now();
  const staleBefore = new Date(now.getTime() - deps.policy.leaseMs).toISOString();
  return deps.system.claimDue(deps.workerId, now.toISOString(), staleBefore);
}

/** The context of a claimed message's owner: everything after the claim happens in it. */
async function ownerContext(deps: OutboxDeps, ownerId: string): Promise<ServiceContext> {
  const owner = await deps.system.findUser(ownerId);
  const ctx = deps.contextFor({
    id: ownerId,
    name: owner?.name ?? "",
    timeZone: owner?.time_zone ?? "UTC",
  });
  return { ...ctx, clock: deps.clock, mail: deps.mail };
}

/**
 * Sends a message this worker has claimed and records the outcome. `ownerId` is the message's
 * owner when the caller knows it (from the claim); otherwise it is looked up from the claim.
 */
export async function deliver(
  deps: OutboxDeps,
  messageId: string,
  ownerId?: string,
): Promise<"sent" | "retry" | "failed" | "lost"> {
  const owner = ownerId ?? (await deps.system.claimOwner(messageId, deps.workerId));
  if (!owner) return "lost";
  const ctx = await ownerContext(deps, owner);
  const outbox = ctx.repos.outbox;
  const message = await outbox.findClaimed(messageId, deps.workerId);
  if (!message) return "lost";
  const route = await mailRouteFor(ctx);
  const release = (outcome: ClaimOutcome) =>
    outbox.releaseClaim(message.id, deps.workerId, outcome, nowOf(deps));
  const fail = (reason: string) => release({ status: "failed", lastError: reason });
  if (!route?.from) {
    await fail("Mail is not set up: add your mail server in Settings, then send it again.");
    return "failed";
  }
  if (!message.to) {
    await fail("The message has no recipient address.");
    return "failed";
  }
  const mailer = createMailerFromUrl(route.smtpUrl);
  try {
    await mailer.send({
      from: route.from,
      to: message.to,
      subject: message.subject,
      text: message.body,
      ...(message.mailMessageId ? { messageId: message.mailMessageId } : {}),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const permanent = !(error instanceof MailError) || error.permanent;
    const delay = deps.policy.retryDelaysMs[message.attempts - 1];
    if (permanent || delay === undefined) {
      await fail(reason);
      return "failed";
    }
    const next = new Date(deps.clock.now().getTime() + delay).toISOString();
    await release({ status: "scheduled", nextAttemptAt: next, lastError: reason });
    return "retry";
  } finally {
    mailer.close();
  }
  await markSent(deps, ctx, message);
  return "sent";
}

/** Marks the message sent and applies what a sent message does, in one transaction of its owner. */
async function markSent(deps: OutboxDeps, ctx: ServiceContext, message: ClaimedMessage): Promise<void> {
  const sentAt = nowOf(deps);
  await withTransaction(ctx, async (tx) => {
    const mine = await tx.repos.outbox.releaseClaim(
      message.id,
      deps.workerId,
      { status: "sent", sentAt, lastError: null, nextAttemptAt: null },
      sentAt,
    );
    if (!mine) return;
    const conversation = message.conversationId
      ? ((await tx.repos.conversations.find(message.conversationId)) ?? null)
      : null;
    await applySent(tx, { ...message, sentAt }, conversation);
  });
}

function nowOf(deps: OutboxDeps): string {
  return deps.clock.now().toISOString();
}
