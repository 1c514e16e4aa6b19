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
import type { Db } from "../db/connect.js";
import { findConversation } from "../db/conversations.repository.js";
import { toMessage } from "../db/messages.repository.js";
import { claimDue, findClaimed, type OutboxRow, releaseClaim } from "../db/outbox.repository.js";
import { findUser } from "../db/users.repository.js";
import { createMailerFromUrl, MailError } from "../integrations/smtp-mailer.js";
import type { Clock, ServiceContext } from "./context.js";
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
  db: Db;
  clock: Clock;
  mail: MailConfig | undefined;
  workerId: string;
  policy: OutboxPolicy;
}

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/** Claims the next due message for this worker, or undefined when none is due. */
export function claimNext(deps: OutboxDeps): Promise<OutboxRow | undefined> {
  const now = deps.clock.now();
  const staleBefore = new Date(now.getTime() - deps.policy.leaseMs).toISOString();
  return claimDue(deps.db.kysely, deps.db.dialect, deps.workerId, now.toISOString(), staleBefore);
}

/** Sends a message this worker has claimed and records the outcome. */
export async function deliver(
  deps: OutboxDeps,
  messageId: string,
): Promise<"sent" | "retry" | "failed" | "lost"> {
  const row = await findClaimed(deps.db.kysely, messageId, deps.workerId);
  if (!row) return "lost";
  const route = await mailRouteFor(deps.db, row.owner_id, deps.mail);
  const fail = (reason: string) =>
    releaseClaim(
      deps.db.kysely,
      row.id,
      deps.workerId,
      { status: "failed", last_error: reason },
      nowOf(deps),
    );
  if (!route?.from) {
    await fail("Mail is not set up: add your mail server in Settings, then send it again.");
    return "failed";
  }
  if (!row.to_address) {
    await fail("The message has no recipient address.");
    return "failed";
  }
  const mailer = createMailerFromUrl(route.smtpUrl);
  try {
    await mailer.send({
      from: route.from,
      to: row.to_address,
      subject: row.subject,
      text: row.body,
      ...(row.mail_message_id ? { messageId: row.mail_message_id } : {}),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const permanent = !(error instanceof MailError) || error.permanent;
    const delay = deps.policy.retryDelaysMs[row.attempts - 1];
    if (permanent || delay === undefined) {
      await fail(reason);
      return "failed";
    }
    const next = new Date(deps.clock.now().getTime() + delay).toISOString();
    await releaseClaim(
      deps.db.kysely,
      row.id,
      deps.workerId,
      { status: "scheduled", next_attempt_at: next, last_error: reason },
      nowOf(deps),
    );
    return "retry";
  } finally {
    mailer.close();
  }
  await markSent(deps, row);
  return "sent";
}

async function markSent(deps: OutboxDeps, row: OutboxRow): Promise<void> {
  const sentAt = nowOf(deps);
  const owner = await findUser(deps.db.kysely, row.owner_id);
  const ctx: ServiceContext = {
    db: deps.db,
    clock: deps.clock,
    user: { id: row.owner_id, name: owner?.name ?? "", timeZone: owner?.time_zone ?? "UTC" },
  };
  await deps.db.kysely.transaction().execute(async (trx) => {
    const mine = await releaseClaim(
      trx,
      row.id,
      deps.workerId,
      { status: "sent", sent_at: sentAt, last_error: null, next_attempt_at: null },
      sentAt,
    );
    if (!mine) return;
    const conversation = row.conversation_id
      ? ((await findConversation(trx, row.owner_id, row.conversation_id)) ?? null)
      : null;
    await applySent(ctx, trx, { ...toMessage(row), sentAt }, conversation);
  });
}

function nowOf(deps: OutboxDeps): string {
  return deps.clock.now().toISOString();
}
