// The outbox's per-owner rows: a message this worker has claimed, and how the attempt ended. A
// claim is a lease: a worker that dies holding one loses it after a while. The claims across
// users (claimDue, nextDueAt) are in the system repository.
import type { Message, MessageStatus } from "../core/message.js";
import { toMessage } from "./messages.repository.js";
import { Repository } from "./repository.js";

/** A message claimed for sending, with the Message-ID header every attempt uses. */
export interface ClaimedMessage extends Message {
  mailMessageId: string | null;
}

/** How an attempt ended: the message's new status and what goes with it. */
export interface ClaimOutcome {
  status: Extract<MessageStatus, "sent" | "scheduled" | "failed">;
  sentAt?: string | null;
  nextAttemptAt?: string | null;
  lastError?: string | null;
}

/** What may change in a message still waiting in the outbox: its text and its time. */
export interface WaitingChanges {
  subject?: string;
  body?: string;
  /** A new time to send (or try again) at; a failed message goes back to scheduled. */
  sendAt?: string;
  /** Starts the tries afresh (a failed message sent again): no attempts, no error. */
  afresh?: boolean;
}

export class OutboxRepository extends Repository {
  /**
   * Changes a message only while no worker holds it (scheduled or failed, unclaimed), in one
   * statement: a worker's claim and this change cannot interleave, so what goes out is either
   * the old text or the new, never half of each. False when the message was no longer waiting.
   */
  async changeWaiting(id: string, changes: WaitingChanges, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable("messages")
      .set({
        ...(changes.subject !== undefined ? { subject: changes.subject } : {}),
        ...(changes.body !== undefined ? { body: changes.body } : {}),
        ...(changes.sendAt !== undefined
          ? { status: "scheduled", scheduled_at: changes.sendAt, next_attempt_at: changes.sendAt }
          : {}),
        ...(changes.afresh ? { attempts: 0, last_error: null } : {}),
        updated_at: now,
      })
      .where("id", "=", id)
      .where("status", "in", ["scheduled", "failed"])
      .where("claimed_by", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The claimed message, while this worker still holds it. */
  async findClaimed(id: string, workerId: string): Promise<ClaimedMessage | undefined> {
    const row = await this.db
      .selectFrom("messages")
      .selectAll()
      .where("id", "=", id)
      .where("status", "=", "sending")
      .where("claimed_by", "=", workerId)
      .executeTakeFirst();
    return row ? { ...toMessage(row), mailMessageId: row.mail_message_id } : undefined;
  }

  /** Ends this worker's claim with a new status; false when the claim was no longer its own. */
  async releaseClaim(id: string, workerId: string, outcome: ClaimOutcome, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable("messages")
      .set({
        status: outcome.status,
        ...(outcome.sentAt !== undefined ? { sent_at: outcome.sentAt } : {}),
        ...(outcome.nextAttemptAt !== undefined ? { next_attempt_at: outcome.nextAttemptAt } : {}),
        ...(outcome.lastError !== undefined ? { last_error: outcome.lastError } : {}),
        claimed_by: null,
        claimed_at: null,
        updated_at: now,
      })
      .where("id", "=", id)
      .where("status", "=", "sending")
      .where("claimed_by", "=", workerId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
